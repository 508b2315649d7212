"""A campaign with a contribution space and a debate, and residents to take part.

Frozen phases (`open_today`...), people by role and the fresh rate-limit memory come from
tests/conftest.py.
"""

import pytest

from ..factories import CampaignPageFactory, UserFactory
from ..helpers.phases import OPEN_DAY  # noqa: F401 - tests import it from here
from .factories import ConsultationPageFactory, DebatePageFactory


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Repenser le parc")


@pytest.fixture
def space(campaign):
    return ConsultationPageFactory(parent=campaign, title="Vos propositions", slug="propositions")


@pytest.fixture
def debate(campaign):
    """The park campaign's debate, open on `open_today`, with Pour, Contre and Abstention."""
    return DebatePageFactory(parent=campaign, title="Le débat du parc", slug="debat")


@pytest.fixture
def residents(db):
    return UserFactory.create_batch(3)
