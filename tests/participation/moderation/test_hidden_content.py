"""What moderation hid stays out of the lists and counts; the public reads the reason, the
author still reads their own text. (Moderators read everything in the admin.)"""

import pytest

from participation.contributions import services as contributions
from participation.debates.models import DebateCounters
from participation.moderation import services

from ..helpers import figure, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


def test_a_hidden_contribution_leaves_the_list_the_teaser_and_the_counts(
    client, space, contribution, moderator
):
    services.hide(contribution, moderator, "spam")

    listing = visible_text(client.get(space_url(space)))
    assert "Des bancs à l'ombre" not in listing
    assert "0 contribution" in listing
    assert contributions.latest_contributions(space) == []
    assert figure(space, "contributions") == 0


def test_a_hidden_contribution_is_not_listed_even_for_its_author(client, space, contribution):
    contribution.status = "hidden"
    contribution.save()
    client.force_login(contribution.author)
    assert "Des bancs à l'ombre" not in visible_text(client.get(space_url(space)))


def test_its_page_shows_the_reason_to_the_public_and_the_text_to_its_author(
    client, contribution, moderator
):
    services.hide(contribution, moderator, "off_topic", "Rien à voir avec le parc.")
    url = contribution.get_absolute_url()

    public = visible_text(client.get(url))
    assert "Masqué par la modération : Hors sujet : Rien à voir avec le parc." in public
    assert "Plus de bancs sous les arbres." not in public

    client.force_login(contribution.author)
    own = visible_text(client.get(url))
    assert "Plus de bancs sous les arbres." in own and "Masqué par la modération" in own


def test_a_hidden_comment_shows_its_reason_to_the_public_and_its_text_to_its_author(
    client, comment, moderator, resident
):
    services.hide(comment, moderator, "abuse")
    url = comment.contribution.get_absolute_url()

    for reader in (None, resident):
        if reader:
            client.force_login(reader)
        page = visible_text(client.get(url))
        assert "Masqué par la modération : Propos injurieux ou discriminatoires" in page
        assert "Bonne idée, vraiment." not in page

    client.force_login(comment.author)
    own = visible_text(client.get(url))
    assert "Bonne idée, vraiment." in own and "Masqué par la modération" in own
    comment.contribution.refresh_from_db()
    assert comment.contribution.comments_count == 0


def test_a_hidden_argument_leaves_the_debate_columns_and_its_counters(
    client, debate, argument, moderator
):
    services.hide(argument, moderator, "spam")
    client.force_login(argument.author)

    page = visible_text(client.get(debate.url))

    assert "Moins de bruit" not in page
    assert "Arguments pour (0)" in page
    assert DebateCounters.objects.get(debate_id=debate.pk).arguments_for == 0


def test_a_hidden_reply_shows_its_reason_to_the_public_and_its_text_to_its_author(
    client, reply, moderator
):
    services.hide(reply, moderator, "personal_data")
    url = reply.argument.get_absolute_url()

    public = visible_text(client.get(url))
    assert "Masqué par la modération : Données personnelles" in public
    assert "Et les livraisons ?" not in public

    client.force_login(reply.author)
    assert "Et les livraisons ?" in visible_text(client.get(url))


def test_residents_cannot_react_to_a_hidden_contribution(client, contribution, moderator, resident):
    services.hide(contribution, moderator, "spam")
    client.force_login(resident)

    response = client.post(
        space_url(contribution.space, "support", contribution.pk), {"action": "support"}
    )

    assert response.status_code == 403
    contribution.refresh_from_db()
    assert contribution.supports_count == 0
