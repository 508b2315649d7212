"""Moderation links to a comment or a reply at the page of its thread where it shows, at its
anchor, as residents are sent there after posting it."""

import pytest

from participation.common import moderated
from participation.contributions import services as contributions
from participation.contributions.models import Comment
from participation.debates import services as debates
from participation.debates.models import Reply

from .factories import DebatePageFactory
from .helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def contribution(space, residents):
    contribution, _ = contributions.create_contribution(space, residents[0], title="T", body="B")
    Comment.objects.bulk_create(
        Comment(contribution=contribution, author=residents[1], body=f"Avis {n:02}")
        for n in range(30)
    )
    return contribution


def test_moderation_links_to_a_31st_comment_on_page_2_of_its_thread(space, contribution, residents):
    new, _ = contributions.add_comment(contribution, residents[2], "Le trente et unième")

    url = space_url(space, "contribution", contribution.pk)
    assert moderated.of(new).url_of(new) == f"{url}?page=2#commentaire-{new.pk}"


def test_moderation_links_to_a_reply_on_the_page_of_the_comment_it_answers(
    space, contribution, residents
):
    contributions.add_comment(contribution, residents[2], "Le trente et unième")
    first = Comment.objects.order_by("pk").first()

    reply, _ = contributions.add_comment(contribution, residents[2], "Je réponds", first)

    url = space_url(space, "contribution", contribution.pk)
    assert moderated.of(reply).url_of(reply) == f"{url}#commentaire-{reply.pk}"


def test_moderation_links_to_a_31st_reply_to_an_argument_on_page_2(campaign, residents):
    debate = DebatePageFactory(parent=campaign, title="Le débat", slug="debat")
    argument, _ = debates.create_argument(debate, residents[0], "for", "Oui", "Parce que.")
    Reply.objects.bulk_create(
        Reply(argument=argument, author=residents[1], body=f"Réponse {n:02}") for n in range(30)
    )

    new, _ = debates.add_reply(argument, residents[2], "La trente et unième")

    url = debate.url + debate.reverse_subpage("argument", args=[argument.pk])
    assert moderated.of(new).url_of(new) == f"{url}?page=2#reponse-{new.pk}"
    first = Reply.objects.order_by("pk").first()
    assert moderated.of(first).url_of(first) == f"{url}#reponse-{first.pk}"
