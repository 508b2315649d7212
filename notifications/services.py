"""Turning participation events into notifications, and a resident's preferences.

`on_event` hears every event declared in participation.common.events: it writes one
notification per resident concerned (never the one who acted, never a deleted account),
under the topic of the first `Tell` that names them, and sends at once the emails of those
who chose "at once" for that topic. Digests gather the others (digests.py).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page

from accounts.services import set_newsletter_consent
from participation.common import events, moderated
from participation.common.events import Frequency
from participation.common.models import ModerationStatus
from participation.common.spaces import is_space

from . import tasks
from .models import Notification, Preference

logger = logging.getLogger(__name__)


def on_event(sender, item, actor=None, **details):
    event = events.get(sender)
    if not event.tell:
        return []
    concerned = _concerned(event, item, actor, details)
    if not concerned:
        return []
    title, url = _describe(event, item)
    with translation.override(settings.LANGUAGE_CODE):
        message = str(event.message or event.label).format(title=title)
        extra = event.email_context(item, **details) if event.email_context else {}
    campaign = _campaign_title(item, details)
    chosen = frequencies(concerned.keys(), set(concerned.values()))
    now = timezone.now()
    notifications = [
        Notification(
            user_id=user_id,
            event=event.key,
            topic=topic,
            message=message[:400],
            url=url or "",
            campaign=campaign[:255],
            created_at=now,
            delivery=chosen[user_id, topic],
            details=extra,
        )
        for user_id, topic in concerned.items()
    ]
    with transaction.atomic():
        created = Notification.objects.bulk_create(notifications)
        immediate = [n.pk for n in created if n.delivery == Frequency.IMMEDIATE]
        if immediate:
            transaction.on_commit(lambda: _send_now(immediate))
    return created


def _send_now(notification_ids):
    for pk in notification_ids:
        tasks.send_notification.enqueue(pk)


def _concerned(event, item, actor, details):
    """{user id: topic} of who hears of the event, in the order of its Tells."""
    concerned = {}
    for told in event.tell:
        for user_id in told.who(item, **details) or ():
            if user_id is not None:
                concerned.setdefault(user_id, told.topic)
    if actor is not None:
        concerned.pop(getattr(actor, "pk", actor), None)
    if not concerned:
        return {}
    reachable = set(
        get_user_model()
        .objects.filter(pk__in=concerned, is_active=True, deleted_at__isnull=True)
        .values_list("pk", flat=True)
    )
    return {pk: topic for pk, topic in concerned.items() if pk in reachable}


def _describe(event, item):
    return event.describe(item) if event.describe else describe(item)


def describe(target):
    """(title, address) of a page or a row: what a notification or a follow is about."""
    if isinstance(target, Page):
        return target.title, (target.url or "") if target.live else ""
    if getattr(target, "status", None) == ModerationStatus.HIDDEN:
        return gettext("Hidden by moderation"), ""
    if moderated.is_moderated(type(target)):
        kind = moderated.of(target)
        return kind.title_of(target) or str(target), kind.url_of(target)
    url = target.get_absolute_url() if hasattr(target, "get_absolute_url") else ""
    return str(target), url


def _campaign_title(item, details):
    space = details.get("space") or (item if is_space(item) else None)
    if space is None:
        return ""
    campaign_id = getattr(space, "campaign_id", None)
    return Page.objects.filter(pk=campaign_id).values_list("title", flat=True).first() or ""


def frequencies(user_ids, topics):
    """{(user id, topic): frequency} for these residents and topics: one query."""
    stored = {
        (row.user_id, row.topic): row.frequency
        for row in Preference.objects.filter(user_id__in=list(user_ids), topic__in=list(topics))
    }
    return {
        (user_id, topic): stored.get((user_id, topic), events.topic(topic).default)
        for user_id in user_ids
        for topic in topics
    }


def preferences_of(user):
    """[(topic, frequency)] of every topic, the resident's choice or the default."""
    stored = dict(Preference.objects.filter(user=user).values_list("topic", "frequency"))
    return [(topic, stored.get(topic.key, topic.default)) for topic in events.topics()]


def set_preference(user, topic, frequency):
    events.topic(topic)  # raises LookupError for a topic nobody declared
    if frequency not in dict(Frequency.choices):
        raise ValueError(f"Unknown frequency: {frequency}")
    Preference.objects.update_or_create(user=user, topic=topic, defaults={"frequency": frequency})


def unread_count(user):
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user).unread().count()


def mark_read(user, notification_ids=None):
    """Marks the resident's notifications read (these ones, or all); returns how many."""
    notifications = Notification.objects.filter(user=user).unread()
    if notification_ids is not None:
        notifications = notifications.filter(pk__in=notification_ids)
    return notifications.update(read_at=timezone.now())


def stop_for_account(user_id, what):
    """The unsubscribe handler of accounts: a topic, a digest or the newsletter stops."""
    user = get_user_model().objects.filter(pk=user_id, deleted_at__isnull=True).first()
    if user is None:
        return None
    if what == "newsletter":
        set_newsletter_consent(user, False)
        return "newsletter"
    if what in (Frequency.DAILY, Frequency.WEEKLY):
        for topic, frequency in preferences_of(user):
            if frequency == what:
                set_preference(user, topic.key, Frequency.NEVER)
        return what
    set_preference(user, what, Frequency.NEVER)
    return what
