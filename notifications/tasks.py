"""The background work of notifications, run by Django's task framework (django-tasks).

Immediate in development and tests; in production a database queue that `manage.py
db_worker` works through (see the README). A task takes ids, never objects, and does nothing
twice: an email already sent is marked, and a retried task skips it.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from participation.common import events

from . import digests, mail, unsubscribe
from .models import Notification

logger = logging.getLogger(__name__)

NOTIFICATION_EMAIL = "notifications/emails/notification"


@task()
def send_notification(notification_id):
    """Emails one notification at once, unless it was already emailed."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("user")
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None or notification.user.is_deleted:
            return 0
        # Marked first: a crash after this line loses one email rather than sending it twice.
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    user = notification.user
    event = events.declared().get(notification.event)
    template = (event and event.email_template) or NOTIFICATION_EMAIL
    context = {
        **notification.details,
        "name": user.public_name,
        "notification": notification,
        "url": mail.absolute(notification.url),
    }
    token = unsubscribe.token("account", user.pk, notification.topic)
    try:
        return mail.send(user.email, template, context, unsubscribe_token=token)
    except OSError:
        logger.exception("Notification %s could not be emailed", notification.pk)
        return 0


@task()
def send_digests():
    """Sends the daily and weekly digests that are due (see digests.py); resumable."""
    return digests.send_due()
