"""The admin speaks proper French where Wagtail's own catalogue or data would not: the default
workflow's name, the add button of inline panels, the title of the offline contribution form."""

import pytest
from django.urls import reverse
from wagtail.models import Task, Workflow

from .factories import CampaignPageFactory
from .participation.factories import ConsultationPageFactory
from .participation.helpers import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Repenser le parc")


def test_the_default_workflow_and_its_task_have_a_french_name(db):
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Validation par la modération"]
    assert list(Task.objects.values_list("name", flat=True)) == ["Validation par la modération"]


def test_an_editor_submits_a_campaign_to_the_moderation_in_french(client, editor, campaign):
    client.force_login(editor)

    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk])))

    assert "Soumettre : Validation par la modération" in text
    assert "Moderators approval" not in text


def test_the_categories_of_a_space_are_added_in_french(client, editor, campaign):
    space = ConsultationPageFactory(parent=campaign)
    client.force_login(editor)

    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[space.pk])))

    assert "Ajouter : catégorie" in text
    assert "un(e)" not in text


def test_the_offline_contribution_form_is_titled_in_french(client, editor, campaign):
    client.force_login(editor)

    response = client.get(reverse("contributions:add"))

    text = visible_text(response)
    assert "Nouvelle contribution hors ligne" in text
    assert "Nouvel(le)" not in text
    assert "<title>Nouvelle contribution hors ligne" in response.content.decode()
