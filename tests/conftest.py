"""Fixtures shared by every test: the page tree, people by role, frozen phases, a clean cache.

Markers (registered in pyproject.toml): `browser` is put here on every test under tests/e2e/;
`postgres` marks tests that only mean something on PostgreSQL, skipped on SQLite.
"""

import pathlib

import freezegun
import pytest
from django.core.cache import cache
from django.db import connection

from home.models import HomePage
from site_settings.models import SiteSettings

from .factories import CampaignIndexPageFactory, StandardPageFactory
from .helpers.database import restore, serialize_migrated_rows
from .helpers.people import make_person
from .helpers.phases import frozen

BROWSER_TESTS = pathlib.Path(__file__).parent / "e2e"


def pytest_configure(config):
    # WhiteNoise warns that STATIC_ROOT is empty: tests never run collectstatic.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
    # pytest times tests with the clock freezegun stops: --durations would show decades.
    freezegun.configure(extend_ignore_list=["_pytest"])


def pytest_collection_modifyitems(config, items):
    with_xdist = config.pluginmanager.hasplugin("xdist")
    skip_postgres = pytest.mark.skip(reason="PostgreSQL only (SQLite serialises writers)")
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)
            if with_xdist:
                # With --dist loadgroup, one worker runs them all, after one load of the demo.
                item.add_marker(pytest.mark.xdist_group("browser"))
        if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
            item.add_marker(skip_postgres)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Files uploaded by a test land in its own temporary folder, never under var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def forget_rate_limits():
    """Rate limits (allauth's, the participation's) count in the cache: each test starts with
    none, and leaves none."""
    cache.clear()
    yield
    cache.clear()


# The page tree


@pytest.fixture
def home_page(db):
    """The home page the migrations create as the default site's root."""
    return HomePage.objects.get()


@pytest.fixture
def campaign_index(home_page):
    """The list of campaigns, served at /campagnes/."""
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def charter(home_page):
    """The charter page, published and chosen in the site settings, as on a real site."""
    page = StandardPageFactory(parent=home_page, title="Charte de participation", slug="charte")
    page.save_revision().publish()
    page.refresh_from_db()
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.charter_page = page
    site_settings.save()
    return page


# People by role (tests/helpers/people.py makes more: make_person("editor"), ...)


@pytest.fixture
def person(db):
    """Makes a new person in a role: person("moderator"); person("visitor") is None."""
    return make_person


@pytest.fixture
def superuser(db):
    return make_person("superuser", display_name="Admin")


@pytest.fixture
def resident(db):
    return make_person("resident", display_name="Camille du parc")


@pytest.fixture
def suspended_resident(db):
    """A resident suspended for a week from now (freeze time first to choose "now")."""
    return make_person("suspended resident", display_name="Sacha suspendu")


@pytest.fixture
def editor(db):
    """A member of the « Rédaction » group, as the communications staff are."""
    return make_person("editor", display_name="Rédactrice")


@pytest.fixture
def moderator(db):
    """A member of the « Modération » group."""
    return make_person("moderator", display_name="Modératrice")


# Frozen phases of the factories' default space (tests/helpers/phases.py)


@pytest.fixture
def before_opening():
    """A day before the default space opens."""
    with frozen("before opening"):
        yield


@pytest.fixture
def open_today():
    """A day when the default space is open."""
    with frozen("open"):
        yield


@pytest.fixture
def closed_today():
    """A day after the default space has closed."""
    with frozen("closed"):
        yield


# Tests that commit for real


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, django_db_blocker):
    """The rows the data migrations create, kept aside (see tests/helpers/database.py), and put
    back once more at the end, for the next run with --reuse-db."""
    with django_db_blocker.unblock():
        rows = serialize_migrated_rows()
    yield rows
    with django_db_blocker.unblock():
        restore(rows)


@pytest.fixture
def restored_db(migrated_rows):
    """For transactional tests: the migrations' rows are back before the test starts."""
    restore(migrated_rows)
