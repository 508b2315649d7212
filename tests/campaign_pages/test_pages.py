"""The campaign index and a campaign page, as a visitor sees them."""

import datetime
import html

import pytest
from freezegun import freeze_time

from ..factories import CampaignPageFactory, OrganizerFactory, SectorFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    return html.unescape(response.content.decode())


def test_index_lists_published_campaigns(client, campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Le parc des Anciennes Mairies")
    CampaignPageFactory(parent=campaign_index, title="Brouillon", live=False)

    response = client.get("/campagnes/")

    assert response.status_code == 200
    content = text_of(response)
    assert "Campagnes" in content
    assert "Le parc des Anciennes Mairies" in content
    assert "Brouillon" not in content


@freeze_time("2025-04-15 12:00:00+02:00")
def test_campaign_page_shows_its_facts_and_status(client, campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Le parc des Anciennes Mairies",
        intro="Imaginons ensemble le parc de demain.",
        objective="Recueillir les usages souhaités.",
        organizer=OrganizerFactory(name="Direction des espaces verts"),
        sectors=[SectorFactory(name="Centre")],
        tags=["nature en ville"],
        reference="PART-2025-03-07",
    )

    response = client.get(campaign.url)

    assert response.status_code == 200
    content = text_of(response)
    for expected in (
        "Le parc des Anciennes Mairies",
        "Imaginons ensemble le parc de demain.",
        "Recueillir les usages souhaités.",
        "Direction des espaces verts",
        "Centre",
        "nature en ville",
        "PART-2025-03-07",
        "En cours",
    ):
        assert expected in content, expected
    assert "<h1>Le parc des Anciennes Mairies</h1>" in content


def test_campaign_page_renders_its_body_blocks(client, campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        body=[
            (
                "text",
                {"heading": "Pourquoi cette concertation ?", "text": "<p>Le parc vieillit.</p>"},
            ),
            (
                "timeline",
                {
                    "heading": "Les étapes du projet",
                    "steps": [
                        {"kind": "meeting", "start_date": datetime.date(2025, 3, 1), "title": "A"},
                        {"kind": "decision", "start_date": datetime.date(2025, 9, 1), "title": "B"},
                    ],
                },
            ),
        ],
    )

    response = client.get(campaign.url)

    content = text_of(response)
    assert "Pourquoi cette concertation ?" in content
    assert "Le parc vieillit." in content
    assert "Les étapes du projet" in content


def test_an_unpublished_campaign_is_not_found_by_a_visitor(client, campaign_index):
    draft = CampaignPageFactory(parent=campaign_index, slug="projet-secret", live=False)
    assert client.get("/campagnes/projet-secret/").status_code == 404
    assert not draft.live


def test_an_unpublished_campaign_is_not_found_even_by_a_signed_in_resident(
    client, campaign_index, resident
):
    CampaignPageFactory(parent=campaign_index, slug="projet-secret", live=False)
    client.force_login(resident)
    assert client.get("/campagnes/projet-secret/").status_code == 404


def test_a_campaign_shows_an_automatic_reference_when_none_is_given(client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, start_date=datetime.date(2019, 1, 12))
    response = client.get(campaign.url)
    assert f"PART-2019-01-{campaign.pk}" in text_of(response)
