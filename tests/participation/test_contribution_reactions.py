"""Supporting, commenting and following a contribution through its page's buttons."""

import uuid

import pytest
from django.core.cache import cache

from participation.common.models import ModerationStatus
from participation.contributions import services
from participation.contributions.models import Contribution

from .helpers import page_text, space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


@pytest.fixture
def contribution(open_today, space, resident):
    contribution, _ = services.create_contribution(
        space, resident, title="Des bancs", body="Plus de bancs à l'ombre."
    )
    return contribution


def test_a_resident_who_supports_twice_is_counted_once(client, space, contribution, residents):
    client.force_login(residents[0])
    url = space_url(space, "support", contribution.pk)

    first = client.post(url, {"action": "support"})
    second = client.post(url, {"action": "support"})

    assert first.status_code == second.status_code == 302
    contribution.refresh_from_db()
    assert contribution.supports_count == 1
    assert contribution.supports.count() == 1
    page = page_text(client.get(first.url))
    assert "Vous soutenez cette contribution" in page
    assert "1 soutien" in page


def test_withdrawing_a_support_twice_takes_it_back_once(client, space, contribution, residents):
    for person in residents[:2]:
        client.force_login(person)
        client.post(space_url(space, "support", contribution.pk), {"action": "support"})

    for _ in range(2):
        client.post(space_url(space, "support", contribution.pk), {"action": "withdraw"})

    contribution.refresh_from_db()
    assert contribution.supports_count == 1
    assert list(contribution.supports.values_list("user", flat=True)) == [residents[0].pk]


def test_an_unknown_action_is_refused_in_french(client, space, contribution, residents):
    client.force_login(residents[0])

    response = client.post(space_url(space, "support", contribution.pk), {"action": "voter"})

    assert response.status_code == 400
    assert "Action inconnue." in page_text(response)
    contribution.refresh_from_db()
    assert contribution.supports_count == 0


def test_a_comment_sent_twice_is_published_once(client, space, contribution, residents):
    client.force_login(residents[0])
    data = {"body": "Oui, avec des dossiers.", "submission_key": str(uuid.uuid4())}

    first = client.post(space_url(space, "comment", contribution.pk), data)
    second = client.post(space_url(space, "comment", contribution.pk), data)

    assert first.status_code == second.status_code == 302
    assert second.url == first.url
    contribution.refresh_from_db()
    assert contribution.comments_count == 1
    assert "Oui, avec des dossiers." in page_text(client.get(first.url))


def test_a_reply_answers_a_comment_and_a_reply_to_a_reply_is_refused(
    client, space, contribution, residents
):
    comment, _ = services.add_comment(contribution, residents[0], "D'accord.")
    reply, _ = services.add_comment(contribution, residents[1], "Moi aussi.", parent=comment)
    client.force_login(residents[2])
    url = space_url(space, "comment", contribution.pk)

    accepted = client.post(url, {"body": "Et moi.", "parent": comment.pk})
    refused = client.post(url, {"body": "Encore moi.", "parent": reply.pk})

    assert accepted.status_code == 302
    assert refused.status_code == 400
    assert "Vous ne pouvez répondre qu'à un commentaire de cette contribution." in (
        page_text(refused)
    )
    assert list(comment.replies.values_list("body", flat=True)) == ["Moi aussi.", "Et moi."]


def test_an_empty_comment_is_refused_in_french_and_not_stored(
    client, space, contribution, residents
):
    client.force_login(residents[0])

    response = client.post(space_url(space, "comment", contribution.pk), {"body": "  "})

    assert response.status_code == 400
    assert "Champ requis." in page_text(response)
    assert not contribution.comments.exists()


def test_following_a_contribution_counts_its_followers(client, space, contribution, residents):
    client.force_login(residents[0])
    url = space_url(space, "follow", contribution.pk)

    client.post(url, {"action": "follow"})
    client.post(url, {"action": "follow"})
    contribution.refresh_from_db()
    followed = contribution.followers_count
    page = page_text(client.get(space_url(space, "contribution", contribution.pk)))
    client.post(url, {"action": "unfollow"})

    assert followed == 1
    assert "Ne plus suivre" in page
    contribution.refresh_from_db()
    assert contribution.followers_count == 0


def test_a_comment_with_html_is_refused_in_french_and_not_stored(
    client, space, contribution, residents
):
    client.force_login(residents[0])

    response = client.post(
        space_url(space, "comment", contribution.pk), {"body": "<script>alert(1)</script>"}
    )

    assert response.status_code == 400
    assert "Le HTML n'est pas accepté" in page_text(response)
    assert not contribution.comments.exists()


def test_an_author_cannot_rewrite_a_contribution_hidden_by_moderation(
    client, space, contribution, resident
):
    Contribution.objects.filter(pk=contribution.pk).update(
        status=ModerationStatus.HIDDEN, hidden_reason="Propos injurieux"
    )
    client.force_login(resident)

    response = client.post(
        space_url(space, "edit", contribution.pk), {"title": "Après", "body": "Autre texte."}
    )

    assert response.status_code == 403
    contribution.refresh_from_db()
    assert contribution.title == "Des bancs"
