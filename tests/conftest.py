"""Fixtures shared by every test: the page tree, people, and a media folder per test."""

import pytest
from django.contrib.auth.models import Group

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


def pytest_configure(config):
    # WhiteNoise warns that STATIC_ROOT is empty: tests never run collectstatic.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")
