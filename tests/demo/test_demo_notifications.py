"""The demo resident finds news waiting; building the rest of the demo tells no one."""

import pytest
from django.core import mail

from demo.loader import load
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_the_demo_resident_has_unread_news_and_nobody_else_is_flooded(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        load()

    waiting = Notification.objects.filter(user__email="habitant@agora.test").unread()
    assert {n.topic for n in waiting} == {"answers", "replies"}
    # Only the news the demo chose (a comment, a reply, an answer on a followed proposal):
    # building the spaces, contributions and debates is not news.
    assert set(Notification.objects.values_list("event", flat=True)) == {
        "contributions.commented",
        "contributions.answered",
    }
    assert len(mail.outbox) < 20

    with django_capture_on_commit_callbacks(execute=True):
        load()
    assert Notification.objects.filter(user__email="habitant@agora.test").count() == len(waiting)
