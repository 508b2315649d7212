"""An official answer reaches the contribution's author and its followers, never the staff
member who answered, by email at once (their default) and on the notifications page."""

import pytest
from django.core import mail

from notifications.models import Notification
from participation.common import services as common
from participation.contributions import services as contributions


@pytest.fixture
def proposal(space, residents, open_today, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        contribution, _ = contributions.create_contribution(
            space, residents[0], title="Des bancs à l'ombre", body="Près de l'aire de jeux."
        )
    return contribution


def test_an_answer_is_emailed_at_once_to_the_author_and_the_followers(
    proposal, residents, superuser, django_capture_on_commit_callbacks
):
    author, follower, bystander = residents
    common.follow(follower, proposal)
    common.follow(superuser, proposal)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        contributions.answer(proposal, superuser, "accepted", "Nous les installerons.")

    told = Notification.objects.filter(event="contributions.answered")
    assert sorted(told.values_list("user__email", flat=True)) == sorted(
        [author.email, follower.email]
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted([author.email, follower.email])
    email = mail.outbox[0]
    assert "Des bancs à l'ombre" in email.subject
    assert "http://testserver" + proposal.get_absolute_url() in email.body
    assert email.alternatives[0][1] == "text/html"
    assert "List-Unsubscribe-Post" in email.extra_headers
    assert set(told.values_list("emailed_at", flat=True)) != {None}
