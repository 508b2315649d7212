"""A real browser (Debian's chromium, driven by Playwright) against pytest-django's live server."""

import io
import json
import os
import pathlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command, get_commands
from django.core.management.color import no_style
from django.db import connection
from playwright.sync_api import sync_playwright

from home.models import HomePage

from .content import build_small_site

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from that
# thread are safe here (one test at a time), so lift Django's guard against async contexts.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = pathlib.Path("/usr/bin/chromium")
# Without the networking flags Chromium calls Google's services in the background.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def open_context(browser):
    """Opens browser contexts (a fresh profile each) and closes them after the test."""
    contexts = []

    def open_(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, locale="fr-FR", accept_downloads=True)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_context):
    return open_context().new_page()


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, django_db_blocker):
    """The rows the data migrations create (home page, site, groups), kept aside.

    A transactional test empties every table when it ends. Django can put these rows back
    (serialized_rollback), but it looks them up on the connection object, which differs once
    Playwright runs its event loop in the test thread. So the browser tests restore them here,
    before each test and once more at the end, for the next run with --reuse-db.
    """
    with django_db_blocker.unblock():
        rows = json.loads(connection.creation.serialize_db_to_string())
    # Content types first: saving a page looks its content type up, and creates it if missing.
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    rows = json.dumps(rows)
    yield rows
    with django_db_blocker.unblock():
        restore(rows)


def restore(rows):
    if not HomePage.objects.exists():
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


@pytest.fixture
def demo_site(migrated_rows, live_server):
    """The demo content when its loader exists, otherwise a small site built with factories."""
    restore(migrated_rows)
    if "load_demo" in get_commands():
        call_command("load_demo", stdout=io.StringIO())
    else:
        build_small_site()
    return live_server
