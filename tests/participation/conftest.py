import pytest
from django.core.cache import cache
from freezegun import freeze_time

from ..factories import CampaignPageFactory, UserFactory
from .factories import ConsultationPageFactory

OPEN_DAY = "2025-04-15 12:00:00+02:00"


@pytest.fixture
def open_today():
    """A day when the default space is open."""
    with freeze_time(OPEN_DAY):
        yield


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Repenser le parc")


@pytest.fixture
def space(campaign):
    return ConsultationPageFactory(parent=campaign, title="Vos propositions", slug="propositions")


@pytest.fixture
def residents(db):
    return UserFactory.create_batch(3)


@pytest.fixture(autouse=True)
def forget_rate_limits():
    """Rate-limit counts live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()
