"""Residents follow a debate like a campaign; follows come in their data; their votes and
arguments show on their profile."""

import json

import pytest

from participation.common import services as common_services
from participation.common.models import Follow, PageStats
from participation.debates import services

from ..factories import DebatePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def debate(campaign):
    return DebatePageFactory(parent=campaign, title="Le débat du parc", slug="debat")


def test_a_resident_follows_a_debate_from_its_page(client, debate, resident):
    client.force_login(resident)
    follow_url = f"/participation/suivre/{debate.pk}/"
    assert f'action="{follow_url}"' in client.get(debate.url).content.decode()

    response = client.post(follow_url, {"action": "follow", "next": debate.url})

    assert response.status_code == 302 and response.url == debate.url
    assert common_services.is_following(resident, debate)
    assert PageStats.objects.get(page=debate).followers_count == 1
    html = client.get(debate.url).content.decode()
    assert 'name="action" value="unfollow"' in html


def test_a_page_whose_class_is_not_followable_cannot_be_followed(client, resident, campaign):
    client.force_login(resident)
    home = campaign.get_parent().get_parent()

    response = client.post(f"/participation/suivre/{home.pk}/", {"action": "follow"})

    assert response.status_code == 404
    assert not Follow.objects.exists()


def test_follows_come_in_the_personal_data_export(client, debate, campaign, resident):
    common_services.follow(resident, debate)
    common_services.follow(resident, campaign)
    client.force_login(resident)

    data = json.loads(client.get("/compte/mes-donnees/").content)

    titles = [follow["title"] for follow in data["follows"]]
    assert titles == ["Le débat du parc", campaign.title]
    assert data["follows"][0]["type"] == "debatepage"


def test_the_profile_lists_the_residents_votes_and_arguments_with_links(client, debate, resident):
    services.cast_vote(debate, resident, debate.options.get(label="Pour"))
    argument, _ = services.create_argument(debate, resident, "for", "Plus d'ombre", "Texte")
    client.force_login(resident)

    response = client.get("/compte/")

    html = response.content.decode()
    assert 'id="debates-title"' in html and "Plus d&#x27;ombre" in html
    assert f'href="{argument.get_absolute_url()}"' in html
    assert f'href="{debate.url}#vote"' in html
