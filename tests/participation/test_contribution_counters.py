"""Figures shown to visitors come from the stored figures, moved with the rows they count:
participants are the accounts that took part online plus the people a collective
contribution declares, shown apart and summed."""

import pytest
from django.core.cache import cache

from participation.common.models import CampaignFigure
from participation.contributions import services

from .helpers import collective_form, contribution_form, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


@pytest.fixture
def posted(open_today, client, space, resident, residents):
    """An individual contribution and a collective one for 12, posted through the form."""
    client.force_login(resident)
    client.post(space_url(space, "contribute"), contribution_form())
    client.force_login(residents[0])
    client.post(space_url(space, "contribute"), collective_form())
    client.logout()


@pytest.mark.usefixtures("posted")
@pytest.mark.parametrize("url", ["/", "/campagnes/"])
def test_a_campaign_card_counts_contributions_and_participants(client, url):
    assert "Participation 2 contributions, 14 participants" in visible_text(client.get(url))


@pytest.mark.usefixtures("posted")
def test_the_campaign_page_counts_contributions_and_participants(client, campaign):
    page = visible_text(client.get(campaign.url))

    assert "Contributions 2" in page
    assert "Participants 14 2 en ligne, 12 hors ligne" in page


@pytest.mark.usefixtures("posted")
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/campagnes/", "Participation 351 contributions, 1559 participants"),
        ("campaign", "Contributions 351 Participants 1559 569 en ligne, 990 hors ligne"),
    ],
)
def test_the_counts_shown_are_the_stored_counters(client, campaign, url, expected):
    stored = {"contributions": 351, "online_participants": 569, "declared_participants": 990}
    for key, value in stored.items():
        CampaignFigure.objects.filter(page=campaign, key=key).update(value=value)

    assert expected in visible_text(client.get(campaign.url if url == "campaign" else url))


def test_a_campaign_without_contributions_shows_no_counter(client, campaign, space):
    assert "participants" not in visible_text(client.get("/campagnes/")).lower()
    assert "Participants" not in visible_text(client.get(campaign.url))


def test_a_contribution_card_shows_its_stored_counters(client, space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    for person in residents[:2]:
        services.support(contribution, person)
    services.add_comment(contribution, residents[0], "D'accord.")

    page = visible_text(client.get(space_url(space)))

    assert "2 soutiens 1 commentaire 0 abonné" in page
