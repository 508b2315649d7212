"""Suspending a resident from the admin, and a moderator's own settings."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.constants import ERROR
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from participation.moderation import services
from participation.moderation.models import ModeratorSettings, Suspension

from ...factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


def messages_of(response):
    return [(m.level, str(m)) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def signed_in(client, moderator):
    client.force_login(moderator)
    return client


# Suspensions


def suspend_url(user):
    return reverse("moderation_admin:suspend", args=[user.pk])


def test_suspending_for_seven_days_emails_the_resident_and_logs_it(
    signed_in, resident, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            suspend_url(resident), {"duration": "7", "reason": "Insultes répétées."}
        )

    assert response["Location"] == suspend_url(resident)
    suspension = Suspension.objects.get(user=resident)
    assert suspension.ends_at == timezone.now() + datetime.timedelta(days=7)
    assert (suspension.reason, suspension.created_by) == ("Insultes répétées.", moderator)
    assert ModelLogEntry.objects.filter(action="moderation.suspend").count() == 1
    [email] = mail.outbox
    assert (email.to, email.subject) == ([resident.email], "Votre compte est suspendu")
    assert "Motif : Insultes répétées." in email.body


def test_suspending_until_a_date_includes_that_day(signed_in, resident):
    signed_in.post(
        suspend_url(resident), {"duration": "date", "until": "2025-05-01", "reason": "Spam."}
    )

    ends_at = timezone.localtime(Suspension.objects.get(user=resident).ends_at)
    assert (ends_at.date(), ends_at.hour) == (datetime.date(2025, 5, 2), 0)


@pytest.mark.parametrize(
    "data",
    [
        {"duration": "date", "until": "", "reason": "Spam."},
        {"duration": "date", "until": "2025-04-01", "reason": "Spam."},
        {"duration": "7", "reason": ""},
        {"duration": "365", "reason": "Spam."},
    ],
)
def test_a_suspension_needs_a_duration_and_a_reason(signed_in, resident, data):
    response = signed_in.post(suspend_url(resident), data)

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not Suspension.objects.exists()


def test_staff_accounts_cannot_be_suspended(signed_in, editor):
    page = signed_in.get(suspend_url(editor))
    response = signed_in.post(suspend_url(editor), {"duration": "7", "reason": "Essai."})

    assert page.context["is_staff_account"] is True
    assert response.status_code == 400
    assert [level for level, _text in messages_of(response)] == [ERROR]
    assert not Suspension.objects.exists()


def test_the_running_suspension_is_shown_and_can_be_lifted(signed_in, resident, moderator):
    suspension = services.suspend(
        resident, moderator, timezone.now() + datetime.timedelta(days=3), "Spam."
    )

    page = signed_in.get(suspend_url(resident))
    again = signed_in.post(suspend_url(resident), {"duration": "7", "reason": "Encore."})
    signed_in.post(suspend_url(resident), {"action": "lift"})

    assert page.context["active"] == suspension
    assert 'value="lift"' in page.content.decode()
    assert again.status_code == 400
    suspension.refresh_from_db()
    assert suspension.lifted_at is not None
    assert services.active_suspension(resident) is None
    assert Suspension.objects.count() == 1


# A moderator's settings


def test_a_moderator_asks_for_the_digest_and_can_stop_it(signed_in, moderator):
    url = reverse("moderation_admin:settings")

    page = signed_in.get(url)
    signed_in.post(url, {"report_digest": "on"})
    asked = ModeratorSettings.objects.get(user=moderator).report_digest
    signed_in.post(url, {})

    assert page.context["form"]["report_digest"].value() is False
    assert asked is True
    assert ModeratorSettings.objects.get(user=moderator).report_digest is False


def test_the_settings_of_one_moderator_are_not_anothers(client, moderator):
    other = UserFactory(is_superuser=True, is_staff=True)
    ModeratorSettings.objects.create(user=other, report_digest=True)
    client.force_login(moderator)

    page = client.get(reverse("moderation_admin:settings"))

    assert page.context["form"]["report_digest"].value() is False
