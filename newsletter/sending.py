"""Sending a letter: snapshot the recipients, then work through them in batches.

start() renders the email once, stores it on the send, snapshots every recipient as a pending
delivery (bulk_create in batches; an address present twice is kept once) and enqueues the task.
deliver() sends the pending deliveries a batch at a time over one connection, then marks the
batch with one UPDATE and moves the counters with F(). Stopped halfway, it starts again from
what is still pending: each recipient receives the letter once (a crash in the middle of a
batch could at worst send that batch again).
"""

import logging
from smtplib import SMTPException

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from notifications import unsubscribe

from . import recipients
from .models.sending import (
    DeliveryStatus,
    NewsletterDelivery,
    NewsletterSend,
    Segment,
    SendStatus,
)
from .rendering import Rendered, render_email

logger = logging.getLogger(__name__)

SNAPSHOT_BATCH = 2000
SEND_BATCH = 500


def can_send(user, page):
    return page.permissions_for_user(user).can_publish()


def send_test(page, editor):
    """The letter to the editor alone, marked [TEST]; recorded nowhere as sent."""
    rendered = render_email(page, test=True)
    token = unsubscribe.token("account", editor.pk, "newsletter")
    return rendered.message(editor.email, token).send()


def _snapshot(send, rows):
    batch = []
    for row in rows:
        batch.append(NewsletterDelivery(send=send, **row))
        if len(batch) >= SNAPSHOT_BATCH:
            NewsletterDelivery.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    if batch:
        NewsletterDelivery.objects.bulk_create(batch, ignore_conflicts=True)


@transaction.atomic
def start(page, editor, segment=Segment.ALL, campaign=None, key=None):
    """Creates the send and its deliveries, then enqueues the task (on commit). With `key`, a
    second call (a double click) returns the send the first one started."""
    if key and (existing := NewsletterSend.objects.filter(key=key).first()):
        return existing
    rendered = render_email(page)
    send = NewsletterSend.objects.create(
        key=key,
        page=page,
        segment=segment,
        segment_campaign=campaign if segment == Segment.CAMPAIGN else None,
        started_by=editor,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
    )
    users = recipients.accounts(segment, campaign).values_list("pk", "email")
    _snapshot(send, ({"user_id": pk, "email": email.lower()} for pk, email in users.iterator()))
    others = recipients.subscribers(segment).values_list("pk", "email")
    _snapshot(
        send, ({"subscriber_id": pk, "email": email.lower()} for pk, email in others.iterator())
    )
    send.total = send.deliveries.count()
    send.status = SendStatus.SENDING
    send.save(update_fields=["total", "status"])
    transaction.on_commit(lambda: deliver_later.enqueue(send.pk))
    return send


def _token(user_id, subscriber_id):
    if user_id:
        return unsubscribe.token("account", user_id, "newsletter")
    return unsubscribe.token("subscriber", subscriber_id, "newsletter")


def _send_batch(send, rendered, batch, connection):
    sent, failed = [], []
    for pk, email, user_id, subscriber_id in batch:
        message = rendered.message(email, _token(user_id, subscriber_id), connection)
        try:
            (sent if connection.send_messages([message]) else failed).append(pk)
        except (OSError, SMTPException):
            logger.warning("Newsletter send %s: delivery %s failed", send.pk, pk)
            failed.append(pk)
    now = timezone.now()
    with transaction.atomic():
        if sent:
            NewsletterDelivery.objects.filter(pk__in=sent).update(
                status=DeliveryStatus.SENT, sent_at=now
            )
        if failed:
            NewsletterDelivery.objects.filter(pk__in=failed).update(status=DeliveryStatus.FAILED)
        NewsletterSend.objects.filter(pk=send.pk).update(
            sent_count=F("sent_count") + len(sent), failed_count=F("failed_count") + len(failed)
        )
    return len(sent)


def resume(send):
    """Enqueues the task again for a send that stopped before the end."""
    if send.status == SendStatus.SENDING:
        transaction.on_commit(lambda: deliver_later.enqueue(send.pk))


def deliver(send_id, max_batches=None):
    """Sends what is pending of `send_id`; `max_batches` stops early (tests simulate a crash).
    Returns the number of emails sent by this call."""
    send = NewsletterSend.objects.filter(pk=send_id).first()
    if send is None or send.status == SendStatus.DONE:
        return 0
    rendered = Rendered(send.subject, send.text, send.html)
    pending = send.deliveries.filter(status=DeliveryStatus.PENDING).order_by("pk")
    columns = ("pk", "email", "user_id", "subscriber_id")
    total, batches = 0, 0
    with get_connection() as connection:
        while max_batches is None or batches < max_batches:
            batch = list(pending.values_list(*columns)[:SEND_BATCH])
            if not batch:
                break
            total += _send_batch(send, rendered, batch, connection)
            batches += 1
    if not pending.exists():
        NewsletterSend.objects.filter(pk=send.pk).update(
            status=SendStatus.DONE, finished_at=timezone.now()
        )
    return total


@task()
def deliver_later(send_id):
    """deliver() as a background task (django-tasks): immediate in development and tests, a
    database queue and its worker in production. Run again, it resumes what is pending."""
    return deliver(send_id)
