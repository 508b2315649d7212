"""The home page and the plain pages, as a visitor sees them."""

import datetime
import html

import pytest
from freezegun import freeze_time

from site_settings.models import SiteSettings

from ..factories import CampaignPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    return html.unescape(response.content.decode())


def section(content, key):
    """The part of the home page between a section's heading and the next section."""
    start = content.index(f'id="section-{key}"')
    end = content.find('class="campaign-section"', start)
    return content[start : end if end != -1 else len(content)]


@freeze_time("2025-04-15 12:00:00+02:00")
def test_home_page_shows_open_upcoming_and_decided_campaigns_in_their_sections(
    client, campaign_index
):
    CampaignPageFactory(parent=campaign_index, title="Le parc des Anciennes Mairies")
    CampaignPageFactory(
        parent=campaign_index,
        title="La place du marché",
        start_date=datetime.date(2025, 9, 1),
        end_date=datetime.date(2025, 12, 1),
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Les Assises pour la Ville",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 6, 1),
        results_date=datetime.date(2024, 10, 1),
    )

    response = client.get("/")

    assert response.status_code == 200
    content = text_of(response)
    assert "Le parc des Anciennes Mairies" in section(content, "open")
    assert "La place du marché" in section(content, "upcoming")
    assert "Les Assises pour la Ville" in section(content, "results")
    assert "La place du marché" not in section(content, "open")


def test_home_page_names_the_city_from_the_site_settings(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.city_name = "Nanterre"
    settings.save()

    response = client.get("/")

    assert response.status_code == 200
    assert "Nanterre" in text_of(response)


def test_home_page_without_campaigns_still_renders(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].specific == home_page


def test_home_page_never_lists_a_draft_campaign(client, campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Brouillon confidentiel", live=False)
    with freeze_time("2025-04-15 12:00:00+02:00"):
        response = client.get("/")
    assert "Brouillon confidentiel" not in text_of(response)


def test_standard_page_renders_its_title_and_text(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Charte de la participation",
        body="<h2>Nos engagements</h2><p>Chaque contribution reçoit une réponse.</p>",
    )

    response = client.get(page.url)

    assert response.status_code == 200
    content = text_of(response)
    assert "Charte de la participation" in content
    assert "Chaque contribution reçoit une réponse." in content
    assert "<h2>Nos engagements</h2>" in content


def test_page_is_in_french(client, home_page):
    response = client.get("/")
    assert '<html lang="fr"' in response.content.decode()


def test_unknown_address_gives_a_french_404(client, home_page):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
