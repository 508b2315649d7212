"""The campaign index filters by status, sector and theme, and pages through the results."""

import datetime
import html

import pytest
from freezegun import freeze_time

from ..factories import CampaignPageFactory, SectorFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


@pytest.fixture
def frozen_today():
    with freeze_time("2025-04-15 12:00:00+02:00"):
        yield


def titles(response):
    return [campaign.title for campaign in response.context["campaigns"]]


def text_of(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def campaigns(campaign_index):
    centre = SectorFactory(name="Centre", slug="centre")
    university = SectorFactory(name="Université", slug="universite")
    return {
        "open": CampaignPageFactory(
            parent=campaign_index,
            title="Le parc",
            sectors=[centre],
            tags=["Nature en ville"],
        ),
        "upcoming": CampaignPageFactory(
            parent=campaign_index,
            title="La médiathèque",
            start_date=datetime.date(2025, 9, 1),
            end_date=datetime.date(2025, 12, 1),
            sectors=[university],
            tags=["Culture"],
        ),
        "closed": CampaignPageFactory(
            parent=campaign_index,
            title="Le budget participatif",
            start_date=datetime.date(2024, 9, 1),
            end_date=datetime.date(2024, 12, 1),
            sectors=[centre, university],
            tags=["Culture", "Nature en ville"],
        ),
        "results": CampaignPageFactory(
            parent=campaign_index,
            title="Les Assises pour la Ville",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 3, 1),
            results_date=datetime.date(2024, 6, 1),
        ),
    }


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("open", ["Le parc"]),
        ("upcoming", ["La médiathèque"]),
        ("closed", ["Le budget participatif"]),
        ("results", ["Les Assises pour la Ville"]),
    ],
)
def test_index_filters_by_status(client, campaigns, status, expected):
    response = client.get("/campagnes/", {"statut": status})
    assert response.status_code == 200
    assert titles(response) == expected
    content = text_of(response)
    others = {c.title for c in campaigns.values()} - set(expected)
    assert all(f">{title}</a>" not in content for title in others)


def test_index_filters_by_sector(client, campaigns):
    response = client.get("/campagnes/", {"secteur": "centre"})
    assert sorted(titles(response)) == ["Le budget participatif", "Le parc"]


def test_a_campaign_in_two_matching_sectors_is_listed_once(client, campaigns):
    response = client.get("/campagnes/", {"secteur": "universite"})
    assert sorted(titles(response)) == ["La médiathèque", "Le budget participatif"]


def test_index_filters_by_theme(client, campaigns):
    response = client.get("/campagnes/", {"theme": "culture"})
    assert sorted(titles(response)) == ["La médiathèque", "Le budget participatif"]


def test_index_combines_filters(client, campaigns):
    response = client.get("/campagnes/", {"statut": "closed", "secteur": "centre"})
    assert titles(response) == ["Le budget participatif"]


def test_index_offers_the_sectors_and_themes_as_filters(client, campaigns):
    content = text_of(client.get("/campagnes/"))
    assert 'value="centre"' in content
    assert 'value="nature-en-ville"' in content


@pytest.mark.parametrize(
    "query",
    [
        {"statut": "nimporte-quoi"},
        {"secteur": "inconnu"},
        {"theme": "<script>alert(1)</script>"},
        {"statut": ""},
        {"page": "-1"},
    ],
)
def test_index_never_fails_on_odd_filters(client, campaigns, query):
    response = client.get("/campagnes/", query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_an_unknown_status_lists_every_campaign(client, campaigns):
    response = client.get("/campagnes/", {"statut": "nimporte-quoi"})
    assert len(titles(response)) == 4


@pytest.fixture
def thirteen_campaigns(campaign_index):
    return [
        CampaignPageFactory(
            parent=campaign_index,
            title=f"Campagne {n:02d}",
            start_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(13)
    ]


def test_index_shows_twelve_campaigns_per_page(client, thirteen_campaigns):
    first = client.get("/campagnes/")
    second = client.get("/campagnes/", {"page": "2"})
    assert first.context["paginator"].num_pages == 2
    assert len(titles(first)) == 12
    assert titles(second) == ["Campagne 00"]
    assert "Campagne 12" in titles(first)


def test_a_page_number_past_the_end_gives_the_last_page(client, thirteen_campaigns):
    response = client.get("/campagnes/", {"page": "99"})
    assert response.status_code == 200
    assert response.context["campaigns"].number == 2
    assert titles(response) == ["Campagne 00"]


def test_a_page_number_that_is_not_a_number_gives_the_first_page(client, thirteen_campaigns):
    response = client.get("/campagnes/", {"page": "abc"})
    assert response.status_code == 200
    assert response.context["campaigns"].number == 1
    assert len(titles(response)) == 12


def test_pagination_keeps_the_filters(client, thirteen_campaigns):
    response = client.get("/campagnes/", {"statut": "open"})
    content = response.content.decode()
    assert response.context["paginator"].num_pages == 2
    assert "statut=open&amp;page=2" in content
