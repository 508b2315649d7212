"""A campaign's news as an Atom feed, for people without an account: its live spaces, then
its results once published, every address absolute on the site's own host."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from freezegun import freeze_time

from ..factories import CampaignPageFactory
from ..participation.factories import ConsultationPageFactory, DebatePageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own feed


def entries_of(feed):
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary") or "",
            "updated": entry.findtext(f"{ATOM}updated"),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Repenser le parc", slug="parc")


def test_the_feed_lists_the_live_spaces_newest_first_with_absolute_addresses(client, campaign):
    with freeze_time("2025-03-01 09:00"):
        space = publish(
            ConsultationPageFactory(
                parent=campaign,
                title="Vos propositions",
                slug="propositions",
                intro="<p>Dites-nous <b>ce qui manque</b> au parc.</p>",
            )
        )
    with freeze_time("2025-04-01 09:00"):
        debate = publish(DebatePageFactory(parent=campaign, title="Le débat", slug="debat"))
    draft = ConsultationPageFactory(parent=campaign, title="Pas encore", slug="brouillon")
    draft.unpublish()

    feed = parse(client.get("/campagnes/parc/flux/"))

    assert feed.findtext(f"{ATOM}title") == "Repenser le parc"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://testserver/campagnes/parc/flux/"
    )
    entries = entries_of(feed)
    assert [e["title"] for e in entries] == ["Le débat", "Vos propositions"]
    assert entries[0]["link"] == "http://testserver" + debate.url
    assert entries[1]["link"] == "http://testserver" + space.url
    assert entries[1]["summary"] == "Dites-nous ce qui manque au parc."
    assert entries[1]["updated"].startswith("2025-03-01")


def test_published_results_are_an_entry_leading_to_the_results_block(client, campaign):
    campaign.results_date = datetime.date(2025, 9, 15)
    campaign.body = [
        (
            "results",
            {"heading": "Résultats", "summary": "<p>Deux cents arbres seront plantés.</p>"},
        )
    ]
    publish(campaign)
    block_id = campaign.body[0].id

    with freeze_time("2025-09-14"):
        before = entries_of(parse(client.get("/campagnes/parc/flux/")))
    with freeze_time("2025-09-15"):
        after = entries_of(parse(client.get("/campagnes/parc/flux/")))

    assert before == []
    assert len(after) == 1
    assert after[0]["title"].endswith("Repenser le parc")  # "Résultats publiés : …"
    assert after[0]["link"] == f"http://testserver/campagnes/parc/#results-{block_id}-title"
    assert after[0]["summary"] == "Deux cents arbres seront plantés."
    assert after[0]["updated"].startswith("2025-09-15")


def test_the_campaign_page_links_to_its_feed_in_its_head_and_visibly(client, campaign):
    content = client.get("/campagnes/parc/").content.decode()

    head = content.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert 'href="/campagnes/parc/flux/"' in head
    body = content.split("</head>")[1]
    assert '<a href="/campagnes/parc/flux/" type="application/atom+xml">' in body


def test_a_space_page_still_answers_below_the_campaign(client, campaign):
    space = publish(ConsultationPageFactory(parent=campaign, title="Idées", slug="idees"))

    assert client.get(space.url).status_code == 200
    assert client.get("/campagnes/parc/flux/inconnu/").status_code == 404
