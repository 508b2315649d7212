"""The daily digest of new reports: to the moderators who asked for it, once, only when new."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from participation.moderation import services
from participation.moderation.management.commands.send_moderation_digest import Command
from participation.moderation.models import ModeratorSettings, QueueItem

from ...factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

NEXT_MORNING = "2025-04-16 07:00:00+02:00"


def digest():
    call_command("send_moderation_digest", stdout=StringIO())


def wants_digest(user, **fields):
    return ModeratorSettings.objects.create(user=user, report_digest=True, **fields)


@pytest.fixture
def subscribed(moderator):
    wants_digest(moderator)
    return moderator


def test_a_moderator_who_asked_gets_the_new_reports_once(
    subscribed, contribution, residents, charter
):
    services.report(residents[1], contribution, "spam", "Lien vers un site marchand.")
    services.report(residents[2], contribution, "off_topic")

    with freeze_time(NEXT_MORNING):
        digest()
        digest()

    [email] = mail.outbox
    assert email.to == [subscribed.email]
    row = QueueItem.objects.get(object_id=contribution.pk, content_type__model="contribution")
    assert "http://testserver" + reverse("moderation_admin:item", args=[row.pk]) in email.body
    assert "http://testserver" + reverse("moderation_admin:index") in email.body
    assert "http://testserver/charte/" in email.body
    assert "Des bancs à l'ombre" in email.body
    assert "spam ou publicité" in email.body
    assert "hors sujet" in email.body
    assert "Bonjour Modératrice," in email.body
    settings = ModeratorSettings.objects.get(user=subscribed)
    assert settings.digest_sent_at == datetime.datetime.fromisoformat(NEXT_MORNING)


def test_nothing_is_sent_when_nothing_is_new(subscribed, contribution):
    with freeze_time(NEXT_MORNING):
        digest()

    assert mail.outbox == []
    assert ModeratorSettings.objects.get(user=subscribed).digest_sent_at is None


def test_the_next_digest_holds_only_the_reports_made_since_the_last_one(
    subscribed, contribution, argument, residents
):
    services.report(residents[1], contribution, "spam")
    with freeze_time(NEXT_MORNING):
        digest()
    with freeze_time("2025-04-16 12:00:00+02:00"):
        services.report(residents[0], argument, "abuse")
    with freeze_time("2025-04-17 07:00:00+02:00"):
        digest()

    first, second = mail.outbox
    assert "Des bancs à l'ombre" in first.body
    assert "Des bancs à l'ombre" not in second.body
    assert "Moins de bruit" in second.body


def test_the_first_digest_covers_the_last_day_only(subscribed, contribution, residents):
    services.report(residents[1], contribution, "spam")

    with freeze_time("2025-04-17 07:00:00+02:00"):
        digest()

    assert mail.outbox == []


def test_reports_dealt_with_already_are_left_out(subscribed, contribution, residents, moderator):
    services.report(residents[1], contribution, "spam")
    services.mark_reviewed(contribution, moderator)

    with freeze_time(NEXT_MORNING):
        digest()

    assert mail.outbox == []


def test_only_active_moderators_who_asked_get_it(
    subscribed, contribution, residents, editor, superuser
):
    not_asking = UserFactory(is_staff=True)
    not_asking.groups.add(*subscribed.groups.all())
    gone = UserFactory(is_active=False, is_superuser=True)
    for user in (editor, superuser, gone):
        wants_digest(user)
    ModeratorSettings.objects.create(user=not_asking, report_digest=False)
    services.report(residents[1], contribution, "spam")

    with freeze_time(NEXT_MORNING):
        digest()

    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        [subscribed.email, superuser.email]
    )


def test_the_command_says_in_its_help_that_cron_runs_it_daily():
    assert "daily" in Command.help and "cron" in Command.help


def test_the_digest_subject_counts_the_new_reports(subscribed, contribution, residents):
    services.report(residents[1], contribution, "spam")
    services.report(residents[2], contribution, "abuse")

    with freeze_time(timezone.now() + datetime.timedelta(hours=1)):
        digest()

    [email] = mail.outbox
    assert "2" in email.subject
