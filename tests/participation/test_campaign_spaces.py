"""A campaign finds its participation spaces by itself: it lists the live ones in the order of
the page tree, a block features one at a chosen place, and no space is shown twice."""

import pytest
from django.utils import translation
from freezegun import freeze_time
from wagtail import blocks

from campaign_pages.blocks.participation import FeaturedSpaceBlock
from campaign_pages.models import CampaignPage
from participation.common.spaces import child_spaces, space_models
from participation.contributions.models import ConsultationPage
from participation.debates.models import DebatePage

from .conftest import OPEN_DAY
from .factories import ConsultationPageFactory, DebatePageFactory
from .helpers import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_spaces(campaign):
    debate = DebatePageFactory(parent=campaign, title="Le débat de l'allée")
    space = ConsultationPageFactory(parent=campaign, title="Vos propositions")
    return debate, space


def test_the_space_types_are_every_page_model_that_is_a_participation_space():
    assert set(space_models()) == {ConsultationPage, DebatePage}
    assert set(CampaignPage.allowed_subpage_models()) == set(space_models())


def test_child_spaces_come_live_and_in_the_order_of_the_page_tree(campaign, two_spaces):
    debate, space = two_spaces
    draft = ConsultationPageFactory(parent=campaign, title="Brouillon", live=False)
    assert child_spaces(campaign) == [debate, space]
    assert draft in child_spaces(campaign, live_only=False)


@freeze_time(OPEN_DAY)
def test_the_campaign_page_shows_each_live_space_without_a_block(client, campaign, two_spaces):
    text = visible_text(client.get(campaign.url))
    assert "La question : Faut-il fermer l'allée centrale aux voitures ?" in text
    assert "La question : Comment voulez-vous repenser le parc ?" in text
    assert text.index("Le débat de l'allée") < text.index("Vos propositions")
    assert "Contribuer" in text and "Prendre part au débat" in text


@freeze_time(OPEN_DAY)
def test_a_featured_space_is_shown_where_the_block_is_and_not_listed_again(
    client, campaign, two_spaces
):
    debate, space = two_spaces
    campaign.body = [
        ("space", {"heading": "Votre avis sur le parc", "space": space}),
        ("text", {"heading": "Le projet", "text": "<p>Un parc pour tous.</p>"}),
    ]
    campaign.save_revision().publish()

    text = visible_text(client.get(campaign.url))

    assert text.count("La question : Comment voulez-vous repenser le parc ?") == 1
    assert text.index("Votre avis sur le parc") < text.index("Le projet")
    assert text.index("Le projet") < text.index("Le débat de l'allée")


def test_the_featured_block_refuses_a_page_that_is_not_a_space(campaign):
    block = FeaturedSpaceBlock()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"heading": "", "space": campaign.pk}))


def test_a_featured_space_not_yet_published_says_it_opens_soon(client, campaign):
    draft = ConsultationPageFactory(parent=campaign, title="Bientôt", live=False)
    campaign.body = [("space", {"heading": "À venir", "space": draft})]
    campaign.save_revision().publish()
    text = visible_text(client.get(campaign.url))
    with translation.override("fr"):
        soon = str(translation.gettext("This participation space will open soon."))
    assert f"À venir {soon}" in text
    assert "Bientôt" not in text
