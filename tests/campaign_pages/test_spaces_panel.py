"""The campaign's spaces in its page editor: listed with their state, and added in one step."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from ..factories import CampaignPageFactory
from ..participation.factories import ConsultationPageFactory, DebatePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_day")]


@pytest.fixture
def open_day():
    with freeze_time("2025-04-15 12:00:00+02:00"):
        yield


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Repenser le parc")


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


def spaces_panel(response):
    """The rows of the spaces table, cells as text, and the panel's add links by label."""
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one("table.campaign-spaces")
    rows = [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in tr("td")]
        for tr in (table("tr")[1:] if table else [])
    ]
    links = {
        " ".join(a.get_text(" ", strip=True).split()): a["href"]
        for a in soup.select(".campaign-spaces__add a")
    }
    return soup, rows, links


def test_the_campaign_editor_lists_its_spaces_live_or_draft_with_their_state(
    client, editor, campaign
):
    ConsultationPageFactory(parent=campaign, title="Vos propositions")
    DebatePageFactory(
        parent=campaign,
        title="Fermer l'allée ?",
        live=False,
        opens_at=aware(2025, 5, 1, 9, 0),
        moderated_before_publication=True,
    )
    DebatePageFactory(parent=campaign, title="Le kiosque", closes_at=aware(2025, 4, 1, 9, 0))
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk]))

    assert response.status_code == 200
    _, rows, _ = spaces_panel(response)
    assert rows == [
        ["Vos propositions", "Espace de contributions", "Ouvert", "publiée"],
        [
            "Fermer l'allée ?",
            "Débat",
            "Pas encore ouvert, Modéré avant publication",
            "brouillon",
        ],
        ["Le kiosque", "Débat", "Clos", "publiée"],
    ]


def test_each_space_links_to_its_editor(client, editor, campaign):
    debate = DebatePageFactory(parent=campaign, title="Le kiosque", live=False)
    client.force_login(editor)

    soup, _, _ = spaces_panel(client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk])))
    link = soup.select_one("table.campaign-spaces a")
    followed = client.get(link["href"])

    assert link["href"] == reverse("wagtailadmin_pages:edit", args=[debate.pk])
    assert followed.status_code == 200
    assert followed.context["page"].pk == debate.pk


def test_a_campaign_without_spaces_says_so_and_offers_one_button_per_space_type(
    client, editor, campaign
):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk]))

    _, rows, links = spaces_panel(response)
    assert rows == []
    assert "Cette campagne n'a pas encore d'espace de participation." in (response.content.decode())
    assert links == {
        "Ajouter : Espace de contributions": reverse(
            "wagtailadmin_pages:add", args=["contributions", "consultationpage", campaign.pk]
        ),
        "Ajouter : Débat": reverse(
            "wagtailadmin_pages:add", args=["debates", "debatepage", campaign.pk]
        ),
    }


def test_the_add_buttons_open_the_space_form_under_the_campaign(client, editor, campaign):
    client.force_login(editor)
    _, _, links = spaces_panel(client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk])))

    for url in links.values():
        response = client.get(url)
        assert response.status_code == 200
        assert response.context["parent_page"].pk == campaign.pk


def test_a_campaign_being_created_has_no_spaces_panel_yet(client, editor, campaign_index):
    client.force_login(editor)

    response = client.get(
        reverse(
            "wagtailadmin_pages:add", args=["campaign_pages", "campaignpage", campaign_index.pk]
        )
    )

    assert response.status_code == 200
    assert "campaign-spaces" not in response.content.decode()


def test_the_explorer_offers_every_space_type_under_a_campaign(client, editor, campaign):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[campaign.pk]))

    html = response.content.decode()
    for app_label, model_name in [("contributions", "consultationpage"), ("debates", "debatepage")]:
        url = reverse("wagtailadmin_pages:add", args=[app_label, model_name, campaign.pk])
        assert f'href="{url}' in html
