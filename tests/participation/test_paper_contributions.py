"""A contribution collected on paper and entered by staff in the admin: shown with its
provenance, signed by whom it comes from, and counted apart from those posted online."""

import pytest
from django.urls import reverse

from participation.contributions import services
from participation.contributions.models import Contribution

from .helpers import offline_data, page_text, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


def enter_offline(client, space, **overrides):
    data = offline_data(space, **overrides)
    response = client.post(reverse("contributions:add"), data)
    assert response.status_code == 302
    return Contribution.objects.get(title=data["title"])


@pytest.fixture
def entered(client, editor, space, resident):
    """One contribution posted online by a resident, one entered from paper by an editor."""
    services.create_contribution(space, resident, title="Des bancs", body="Plus de bancs.")
    client.force_login(editor)
    paper = enter_offline(client, space)
    client.logout()
    return paper


def test_a_paper_contribution_shows_its_provenance_and_who_it_comes_from(
    client, space, editor, entered
):
    page = page_text(client.get(space_url(space, "contribution", entered.pk)))

    assert "Reçue : papier" in page
    assert "Par Mme D., par courrier" in page
    assert editor.display_name not in page


def test_the_list_counts_paper_contributions_apart(client, space, entered):
    everything = page_text(client.get(space_url(space)))
    on_paper = page_text(client.get(space_url(space) + "?provenance=paper"))
    online = page_text(client.get(space_url(space) + "?provenance=online"))

    assert "2 contributions" in everything
    assert "1 contribution" in on_paper
    assert "Reçue : papier" in on_paper
    assert "Un marché le dimanche" in on_paper and "Des bancs" not in on_paper
    assert "Des bancs" in online and "Un marché le dimanche" not in online
    assert "Reçue : papier" not in online


def test_a_workshop_contribution_is_signed_by_its_group_and_counts_its_participants(
    client, editor, space, campaign
):
    client.force_login(editor)

    workshop = enter_offline(
        client,
        space,
        provenance="workshop",
        kind="collective",
        signed_as="",
        group_name="Ateliers du 9 janvier 2019",
        meeting_date="2019-01-09",
        meeting_place="Maison de quartier du Parc",
        participants="14",
        title="Valoriser le kiosque",
    )
    client.logout()

    page = page_text(client.get(space_url(space, "contribution", workshop.pk)))
    assert "Reçue : atelier" in page
    assert "Par Ateliers du 9 janvier 2019" in page
    assert "Contribution collective" in page
    assert "Participants 14" in visible_text(client.get(campaign.url))
