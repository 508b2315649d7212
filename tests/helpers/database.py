"""Put the database back to what the migrations left, after tests that commit for real.

A transactional test (concurrency) or the browser tests (which commit the demo once for all
of them) leave the tables empty or full. Django can put the migrations' rows back
(serialized_rollback), but it looks them up on the connection object, which differs once
Playwright runs its event loop in the test thread. So the rows are serialized once per
session (tests/conftest.py: `migrated_rows`) and restored with `restore`.
"""

import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from home.models import HomePage


def serialize_migrated_rows():
    """The rows the data migrations create (home page, site, groups), as JSON."""
    rows = json.loads(connection.creation.serialize_db_to_string())
    # Content types first: saving a page looks its content type up, and creates it if missing.
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def restore(rows, *, empty_first=False):
    """The migrations' rows are back; with `empty_first`, whatever else was there is gone."""
    if empty_first or not HomePage.objects.exists():
        # Empty again, without the content types and permissions post_migrate recreated.
        call_command(
            "flush",
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )
        ContentType.objects.clear_cache()
        connection.creation.deserialize_db_from_string(rows)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(sql)
    # Forget what earlier tests cached about content types and the site's root paths.
    ContentType.objects.clear_cache()
    cache.clear()
