"""In a space moderated before publication, what residents post waits: its author sees it,
marked as waiting; nobody else does, nothing counts it, until a moderator approves it."""

import uuid

import pytest

from participation.contributions import services as contributions
from participation.contributions.models import Comment, Contribution
from participation.debates.models import Argument, DebateCounters, Reply
from participation.moderation import services

from ..helpers import contribution_form, figure, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

WAITING = "En attente de modération"
AUTHOR_NOTICE = (
    "Votre texte est en attente de modération : il sera visible de tous une fois validé."
)


@pytest.fixture
def moderated_space(space):
    space.moderated_before_publication = True
    space.save_revision().publish()
    space.refresh_from_db()
    return space


@pytest.fixture
def moderated_debate(debate):
    debate.moderated_before_publication = True
    debate.save_revision().publish()
    debate.refresh_from_db()
    return debate


def contributions_count(page):
    """What the campaign counts of a space: its contributions, or a debate's arguments."""
    key = "arguments" if page.specific_class.__name__ == "DebatePage" else "contributions"
    return figure(page, key)


def test_the_form_says_the_contribution_will_wait_for_a_moderator(
    client, moderated_space, resident
):
    client.force_login(resident)
    page = visible_text(client.get(space_url(moderated_space, "contribute")))
    assert "une fois que la modération aura vérifié" in page
    assert "publiée immédiatement" not in page


def test_a_contribution_waits_unlisted_and_uncounted_until_approved(
    client, moderated_space, resident, residents, moderator
):
    client.force_login(resident)
    response = client.post(
        space_url(moderated_space, "contribute"), contribution_form(title="Un kiosque")
    )
    contribution = Contribution.objects.get()
    assert contribution.is_pending
    own_page = visible_text(client.get(response.url))
    assert "sera publiée une fois validée par la modération" in own_page
    assert AUTHOR_NOTICE in own_page
    own_list = visible_text(client.get(space_url(moderated_space)))
    assert "Un kiosque" in own_list and WAITING in own_list

    client.force_login(residents[0])
    assert "Un kiosque" not in visible_text(client.get(space_url(moderated_space)))
    assert client.get(response.url).status_code == 404
    client.logout()
    assert client.get(response.url).status_code == 404
    assert contributions_count(moderated_space) == 0
    assert contributions_count(moderated_space.get_parent()) == 0
    assert contributions.latest_contributions(moderated_space) == []

    assert services.approve(contribution, moderator)

    listing = visible_text(client.get(space_url(moderated_space)))
    assert "Un kiosque" in listing and WAITING not in listing
    assert client.get(response.url).status_code == 200
    assert contributions_count(moderated_space) == 1
    assert contributions_count(moderated_space.get_parent()) == 1
    assert [c.title for c in contributions.latest_contributions(moderated_space)] == ["Un kiosque"]


def test_others_cannot_react_to_a_contribution_that_waits(
    client, moderated_space, residents, resident
):
    contribution, _ = contributions.create_contribution(
        moderated_space, residents[0], title="Un kiosque", body="Pour la musique."
    )
    client.force_login(resident)

    support = client.post(
        space_url(moderated_space, "support", contribution.pk), {"action": "support"}
    )
    comment = client.post(space_url(moderated_space, "comment", contribution.pk), {"body": "Bravo"})

    assert support.status_code == comment.status_code == 404
    assert not Comment.objects.exists()


def test_a_comment_waits_shown_to_its_author_only_until_approved(
    client, moderated_space, residents, resident, moderator
):
    contribution = Contribution.objects.create(
        space=moderated_space, author=residents[0], title="Des bancs", body="À l'ombre."
    )
    client.force_login(resident)
    response = client.post(
        space_url(moderated_space, "comment", contribution.pk),
        {"body": "Et des fontaines.", "submission_key": str(uuid.uuid4())},
    )
    comment = Comment.objects.get()
    assert comment.is_pending
    page = visible_text(client.get(response.url))
    assert "sera publié une fois validé par la modération" in page
    assert "Et des fontaines." in page and WAITING in page

    client.force_login(residents[0])
    assert "Et des fontaines." not in visible_text(client.get(response.url))
    contribution.refresh_from_db()
    assert contribution.comments_count == 0

    services.approve(comment, moderator)

    page = visible_text(client.get(response.url))
    assert "Et des fontaines." in page and WAITING not in page
    contribution.refresh_from_db()
    assert contribution.comments_count == 1


def test_an_argument_waits_out_of_the_columns_and_the_counters_until_approved(
    client, moderated_debate, resident, residents, moderator
):
    client.force_login(resident)
    data = {
        "stance": "against",
        "title": "Les livraisons",
        "body": "Les commerçants doivent pouvoir livrer.",
        "submission_key": str(uuid.uuid4()),
    }
    response = client.post(space_url(moderated_debate, "argue"), data)
    argument = Argument.objects.get()
    assert argument.is_pending
    assert AUTHOR_NOTICE in visible_text(client.get(response.url))
    own = visible_text(client.get(moderated_debate.url))
    assert "Les livraisons" in own and WAITING in own

    client.force_login(residents[0])
    assert "Les livraisons" not in visible_text(client.get(moderated_debate.url))
    assert client.get(response.url).status_code == 404
    assert contributions_count(moderated_debate) == 0
    assert not DebateCounters.objects.filter(debate_id=moderated_debate.pk, arguments_against=1)

    services.approve(argument, moderator)

    page = visible_text(client.get(moderated_debate.url))
    assert "Les livraisons" in page and "Arguments contre (1)" in page
    assert DebateCounters.objects.get(debate_id=moderated_debate.pk).arguments_against == 1
    assert contributions_count(moderated_debate) == 1


def test_a_reply_waits_shown_to_its_author_only_until_approved(
    client, moderated_debate, resident, residents, moderator
):
    argument = Argument.objects.create(
        debate=moderated_debate, author=residents[0], stance="for", title="Calme", body="Oui."
    )
    client.force_login(resident)
    response = client.post(
        space_url(moderated_debate, "reply", argument.pk),
        {"body": "Et le marché ?", "submission_key": str(uuid.uuid4())},
    )
    reply = Reply.objects.get()
    assert reply.is_pending
    page = visible_text(client.get(response.url))
    assert "Et le marché ?" in page and WAITING in page

    client.force_login(residents[0])
    assert "Et le marché ?" not in visible_text(client.get(response.url))

    services.approve(reply, moderator)

    assert "Et le marché ?" in visible_text(client.get(response.url))
    argument.refresh_from_db()
    assert argument.replies_count == 1
