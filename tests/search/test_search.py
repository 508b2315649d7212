"""Site search finds published campaigns, and never fails on what a visitor types."""

import html

import pytest

from ..factories import CampaignPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [page.title for page in response.context["results"]]


@pytest.fixture
def campaigns(campaign_index):
    return {
        "published": CampaignPageFactory(parent=campaign_index, title="Réaménagement du parc"),
        "draft": CampaignPageFactory(parent=campaign_index, title="Un parc secret", live=False),
        "other": CampaignPageFactory(parent=campaign_index, title="La médiathèque"),
    }


def test_search_finds_a_published_campaign_by_its_title(client, campaigns):
    response = client.get("/recherche/", {"q": "parc"})
    assert response.status_code == 200
    assert "Réaménagement du parc" in titles(response)
    assert "Réaménagement du parc" in html.unescape(response.content.decode())


def test_search_never_shows_an_unpublished_campaign(client, campaigns):
    response = client.get("/recherche/", {"q": "parc"})
    assert "Un parc secret" not in titles(response)
    assert "Un parc secret" not in html.unescape(response.content.decode())


def test_search_does_not_return_unrelated_campaigns(client, campaigns):
    response = client.get("/recherche/", {"q": "parc"})
    assert "La médiathèque" not in titles(response)


def test_search_finds_a_campaign_by_its_intro(client, campaign_index):
    CampaignPageFactory(
        parent=campaign_index,
        title="Cœur de ville",
        intro="Des arbres et des bancs sur l'esplanade.",
    )
    assert "Cœur de ville" in titles(client.get("/recherche/", {"q": "esplanade"}))


@pytest.mark.parametrize(
    "query",
    ["", "   ", "a" * 1000, "parc " * 200, "'; drop table pages; --", "<script>", "%", "é&?="],
)
def test_search_answers_any_query_without_error(client, campaigns, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[-1]


def test_an_empty_search_shows_the_form_and_no_results(client, campaigns):
    response = client.get("/recherche/")
    assert response.status_code == 200
    assert titles(response) == []
    assert 'name="q"' in response.content.decode()


def test_search_results_pages_keep_the_query(client, campaign_index):
    for n in range(12):
        CampaignPageFactory(parent=campaign_index, title=f"Parc numéro {n}")
    response = client.get("/recherche/", {"q": "parc"})
    assert response.context["results"].paginator.num_pages == 2
    assert "q=parc&amp;page=2" in response.content.decode()


def test_search_page_two_lists_the_remaining_results(client, campaign_index):
    for n in range(12):
        CampaignPageFactory(parent=campaign_index, title=f"Parc numéro {n}")
    response = client.get("/recherche/", {"q": "parc", "page": "2"})
    assert response.status_code == 200
    assert len(titles(response)) == 2
