"""A campaign's figures, computed by hand from a small campaign, agree everywhere they show:
its fact box, its card and its results block; the counters moved as things happened agree
with a recount from the rows."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from participation.common import figures
from participation.common.models import CampaignFigure, Participant
from participation.contributions import services as contributions
from participation.debates import services as debates
from participation.moderation import services as moderation

from ..factories import UserFactory
from .factories import DebatePageFactory
from .helpers import visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def lived(campaign, space, residents, superuser):
    """Who did what, as the hand count below reads it:
    - Alice: an individual contribution (published), a vote, a comment;
    - Bruno: a collective contribution for 12 people, an argument for;
    - Chloé: a vote and a reply; her argument against is hidden by moderation;
    - staff: a paper contribution, entered for one person (no account takes part online);
    - a hidden comment by Bruno."""
    alice, bruno, chloe = residents
    debate = DebatePageFactory(parent=campaign, title="Le débat du parc")
    options = {option.label: option for option in debate.options.all()}
    first, _ = contributions.create_contribution(space, alice, title="Des bancs", body="Oui.")
    contributions.create_contribution(
        space, bruno, kind="collective", title="Un jardin", body="Pour tous.",
        group_name="Amicale des Tilleuls", participants=12,
    )  # fmt: skip
    contributions.create_contribution(
        space, superuser, provenance="paper", signed_as="Mme R.", title="Papier", body="Écrit."
    )
    contributions.add_comment(first, alice, "J'insiste.")
    hidden_comment, _ = contributions.add_comment(first, bruno, "Hors sujet.")
    debates.cast_vote(debate, alice, options["Pour"])
    debates.cast_vote(debate, chloe, options["Contre"])
    argument, _ = debates.create_argument(debate, bruno, "for", "Calme", "Moins de bruit.")
    hidden_argument, _ = debates.create_argument(debate, chloe, "against", "Non", "Livraisons.")
    debates.add_reply(argument, chloe, "D'accord.")
    moderator = UserFactory(display_name="Modératrice")
    moderator.groups.add(Group.objects.get(name="Modération"))
    moderation.hide(hidden_comment, moderator, "off_topic")
    moderation.hide(hidden_argument, moderator, "off_topic")
    return campaign


BY_HAND = {
    "contributions": 3,  # Alice's, Bruno's group's, the paper one
    "arguments": 1,  # Bruno's; Chloé's is hidden
    "votes": 2,  # Alice, Chloé
    "comments": 2,  # Alice's comment and Chloé's reply; Bruno's comment is hidden
    figures.ONLINE: 3,  # Alice, Bruno and Chloé, each once whatever they did
    figures.DECLARED: 13,  # the 12 of the Amicale, the person behind the paper form
}


def stored(campaign):
    found = figures.of(campaign)
    values = {item.kind.key: item.value for item in found.items}
    values.update(
        {figures.ONLINE: found.online_participants, figures.DECLARED: found.declared_participants}
    )
    return values


def test_the_stored_figures_are_the_ones_counted_by_hand(lived):
    assert stored(lived) == BY_HAND
    assert figures.of(lived).participants == 16


def test_a_recount_from_the_rows_finds_the_same_figures(lived):
    figures.recount(lived)
    assert stored(lived) == BY_HAND


def test_the_fact_box_the_card_and_the_results_block_say_the_same(client, lived):
    lived.body = [("results", {"heading": "Résultats", "summary": "<p>Merci.</p>"})]
    lived.save_revision().publish()

    page = visible_text(client.get(lived.url))
    card = visible_text(client.get("/campagnes/"))

    assert "Contributions 3 Arguments 1 Votes 2 Commentaires 2 Participants 16" in page
    assert "3 en ligne, 13 hors ligne" in page
    in_figures = "16 participants (3 en ligne, 13 hors ligne) 3 contributions 1 argument 2 votes"
    assert in_figures in page
    assert (
        "Participation 3 contributions, 1 argument, 2 votes, 2 commentaires, 16 participants"
        in card
    )


def test_hiding_and_restoring_moves_the_figures_out_and_back(lived, residents):
    contribution = lived.get_children().first().specific.contributions.get(title="Un jardin")
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get(name="Modération"))
    moderation.hide(contribution, moderator, "off_topic")
    assert stored(lived)["contributions"] == 2 and stored(lived)[figures.DECLARED] == 1
    moderation.restore(contribution, moderator)
    assert stored(lived) == BY_HAND


def test_the_recount_command_gives_back_figures_lost_or_never_stored(lived):
    CampaignFigure.objects.all().delete()
    Participant.objects.all().delete()
    call_command("recount_figures", stdout=io.StringIO())
    assert stored(lived) == BY_HAND
