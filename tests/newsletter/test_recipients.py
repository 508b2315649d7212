"""Exactly who receives a letter: consenting confirmed accounts in good standing, and
confirmed subscribers who did not leave; each address once."""

import datetime

from django.core import mail
from django.utils import timezone

from newsletter import recipients, sending
from newsletter.models import NewsletterDelivery
from newsletter.models.sending import Segment, SendStatus
from participation.common.models import Follow
from participation.moderation.models import Suspension

from .conftest import reader, subscriber


def _matrix():
    received = {
        reader("consent.confirmee@example.test"),
    }
    reader("sans.consentement@example.test", consent=False)
    reader("non.confirmee@example.test", confirmed=False)
    deleted = reader("supprime@example.test")
    deleted.deleted_at = timezone.now()
    deleted.save()
    reader("inactif@example.test", is_active=False)
    suspended = reader("suspendu@example.test")
    Suspension.objects.create(
        user=suspended, ends_at=timezone.now() + datetime.timedelta(days=3), reason="Insultes."
    )
    lifted = reader("suspension.levee@example.test")
    Suspension.objects.create(
        user=lifted,
        ends_at=timezone.now() + datetime.timedelta(days=3),
        reason="Erreur.",
        lifted_at=timezone.now(),
    )
    ended = reader("suspension.finie@example.test")
    Suspension.objects.create(
        user=ended,
        starts_at=timezone.now() - datetime.timedelta(days=10),
        ends_at=timezone.now() - datetime.timedelta(days=3),
        reason="Ancienne.",
    )
    subscriber("abonne.confirme@example.test")
    subscriber("abonne.non.confirme@example.test", confirmed=False)
    subscriber("abonne.parti@example.test", unsubscribed=True)
    # The same person with an account and as a subscriber: one letter.
    subscriber("CONSENT.confirmee@example.test".lower())
    return received


EXPECTED = {
    "consent.confirmee@example.test",
    "suspension.levee@example.test",
    "suspension.finie@example.test",
    "abonne.confirme@example.test",
}


def test_a_letter_reaches_exactly_the_consenting_confirmed_accounts_and_subscribers(
    letter, editor, django_capture_on_commit_callbacks
):
    _matrix()
    assert recipients.count() == len(EXPECTED)
    with django_capture_on_commit_callbacks(execute=True):
        send = sending.start(letter, editor)
    send.refresh_from_db()
    received = [address for message in mail.outbox for address in message.to]
    assert sorted(received) == sorted(EXPECTED)
    assert send.status == SendStatus.DONE
    assert (send.total, send.sent_count, send.failed_count) == (4, 4, 0)
    assert send.finished_at is not None


def test_an_address_both_account_and_subscriber_is_one_delivery_tied_to_the_account(letter, editor):
    account = reader("double@example.test")
    subscriber("double@example.test")
    send = sending.start(letter, editor)
    delivery = NewsletterDelivery.objects.get(send=send)
    assert (delivery.email, delivery.user, delivery.subscriber) == (
        "double@example.test",
        account,
        None,
    )


def test_the_followers_of_a_campaign_are_its_consenting_followers_only(
    letter, editor, campaign, django_capture_on_commit_callbacks
):
    follower = reader("suit.le.parc@example.test")
    Follow.objects.create(user=follower, target=campaign)
    not_consenting = reader("suit.sans.lettre@example.test", consent=False)
    Follow.objects.create(user=not_consenting, target=campaign)
    reader("ne.suit.pas@example.test")
    subscriber("abonne@example.test")
    assert recipients.count(Segment.CAMPAIGN, campaign) == 1
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(letter, editor, Segment.CAMPAIGN, campaign)
    assert [message.to for message in mail.outbox] == [["suit.le.parc@example.test"]]
