"""A space that closes by its date is announced once to its followers and its campaign's,
and then reaches them in the next morning's digest."""

import datetime
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from notifications.closings import announce_closings
from notifications.models import Notification, SpaceClosing
from participation.common import services as common

from ..participation.factories import ConsultationPageFactory

PARIS = ZoneInfo("Europe/Paris")

# The factories' spaces close on 30 June 2025 at 23:59, Paris time.
AFTER_CLOSING = datetime.datetime(2025, 7, 1, 8, 0, tzinfo=PARIS)


def test_a_closing_is_announced_once_to_the_space_and_campaign_followers(
    campaign, space, debate, residents, django_capture_on_commit_callbacks
):
    space_follower, campaign_follower, bystander = residents
    common.follow(space_follower, space)
    common.follow(campaign_follower, campaign)
    still_open = ConsultationPageFactory(parent=campaign, title="Toujours ouvert", closes_at=None)

    with freeze_time(datetime.datetime(2025, 6, 30, 23, 0, tzinfo=PARIS)):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_notifications", verbosity=0)
    assert not Notification.objects.filter(event="spaces.closed").exists()

    for minutes in (0, 10, 20):
        with freeze_time(AFTER_CLOSING + datetime.timedelta(minutes=minutes)):
            with django_capture_on_commit_callbacks(execute=True):
                call_command("send_notifications", verbosity=0)

    closed = Notification.objects.filter(event="spaces.closed")
    # The space and the debate of the park close at the same time; the space followed by one,
    # both by the campaign's follower.
    assert sorted(closed.values_list("user__email", "url")) == sorted(
        [
            (space_follower.email, space.url),
            (campaign_follower.email, space.url),
            (campaign_follower.email, debate.url),
        ]
    )
    assert closed.filter(url=debate.url).get().message.count("Le débat du parc") == 1
    assert set(closed.values_list("topic", "delivery", "campaign")) == {
        ("closings", "daily", "Repenser le parc")
    }
    assert not closed.filter(user=bystander).exists()
    assert set(SpaceClosing.objects.values_list("page_id", flat=True)) == {space.pk, debate.pk}
    assert not SpaceClosing.objects.filter(page_id=still_open.pk).exists()

    # The next morning's digest tells them.
    mail.outbox.clear()
    with freeze_time(datetime.datetime(2025, 7, 2, 7, 10, tzinfo=PARIS)):
        call_command("send_notifications", verbosity=0)
    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        [space_follower.email, campaign_follower.email]
    )
    assert all("Repenser le parc" in email.body for email in mail.outbox)


def test_old_closings_are_not_announced(campaign, space, residents):
    """Installing the announcements does not tell of every space closed in the past."""
    common.follow(residents[0], space)
    with freeze_time(datetime.datetime(2025, 7, 15, 12, 0, tzinfo=PARIS)):
        assert announce_closings() == []
    assert not SpaceClosing.objects.exists()

    recent = ConsultationPageFactory(
        parent=campaign,
        title="Fermé hier",
        closes_at=datetime.datetime(2025, 7, 14, 18, 0, tzinfo=PARIS),
    )
    with freeze_time(datetime.datetime(2025, 7, 15, 12, 0, tzinfo=PARIS)):
        assert [page.pk for page in announce_closings()] == [recent.pk]
        assert announce_closings() == []


def test_an_unpublished_space_is_not_announced(campaign, space, residents):
    common.follow(residents[0], space)
    space.unpublish()
    with freeze_time(AFTER_CLOSING):
        assert announce_closings() == []
