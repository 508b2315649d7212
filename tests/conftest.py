"""Fixtures shared by every test: the page tree, people, and a media folder per test."""

import json

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from home.models import HomePage

from .factories import CampaignIndexPageFactory, UserFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Files uploaded by a test land in its own temporary folder, never under var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def home_page(db):
    """The home page the migrations create as the default site's root."""
    return HomePage.objects.get()


@pytest.fixture
def campaign_index(home_page):
    """The list of campaigns, served at /campagnes/."""
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def superuser(db):
    return UserFactory(display_name="Admin", is_staff=True, is_superuser=True)


@pytest.fixture
def resident(db):
    return UserFactory(display_name="Camille du parc")


@pytest.fixture
def editor(db):
    """A member of the « Rédaction » group, as the communications staff are."""
    user = UserFactory(display_name="Rédactrice", is_staff=True)
    user.groups.add(Group.objects.get(name="Rédaction"))
    return user


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, django_db_blocker):
    """The rows the data migrations create (home page, site, groups), kept aside.

    A transactional test empties every table when it ends. Django can put these rows back
    (serialized_rollback), but it looks them up on the connection object, which differs once
    Playwright runs its event loop in the test thread. So transactional tests (browser,
    concurrency) restore them here, before each test and once more at the end, for the next
    run with --reuse-db.
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
def restored_db(migrated_rows):
    """For transactional tests: the migrations' rows are back before the test starts."""
    restore(migrated_rows)


def pytest_configure(config):
    # WhiteNoise warns that STATIC_ROOT is empty: tests never run collectstatic.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
