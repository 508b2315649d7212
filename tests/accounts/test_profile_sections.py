"""The participation apps fill the resident's profile: "Mes contributions"."""

import pytest

from participation.contributions import services

from ..factories import CampaignPageFactory
from ..participation.factories import ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def space(campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    return ConsultationPageFactory(parent=campaign, title="Vos propositions")


def test_the_profile_lists_the_residents_own_contributions_with_links(
    client, space, resident, editor
):
    mine, _ = services.create_contribution(space, resident, title="Des bancs", body="B")
    services.create_contribution(space, editor, title="Pas la mienne", body="B")
    client.force_login(resident)

    content = client.get("/compte/").content.decode()

    assert "Des bancs" in content
    assert f'href="{mine.get_absolute_url()}"' in content
    assert "Vos propositions" in content
    assert "Pas la mienne" not in content


def test_a_resident_without_contributions_is_told_where_they_will_appear(client, resident):
    client.force_login(resident)
    content = client.get("/compte/").content.decode()
    assert "Ce que vous publiez dans les concertations apparaîtra ici." in content
