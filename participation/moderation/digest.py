"""The daily digest of new reports, for the moderators who asked for it."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from . import notifications
from .queries import kind_label, moderators_wanting_a_digest, reports_between

FIRST_WINDOW = datetime.timedelta(hours=24)


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_digests(now=None):
    """Emails each moderator who opted in the open reports created since their last digest
    (or the last 24 hours); nothing when nothing is new. Returns how many were sent."""
    now = now or timezone.now()
    sent = 0
    for moderator in moderators_wanting_a_digest():
        preferences = moderator.moderator_settings
        items = reports_between(preferences.digest_sent_at or now - FIRST_WINDOW, now)
        if not items:
            continue
        notifications.send(
            "report_digest",
            moderator.email,
            name=moderator.public_name,
            items=[_entry(row, reports) for row, reports in items],
            count=sum(len(reports) for _row, reports in items),
            queue_url=_absolute(reverse("moderation_admin:index") + "?status=reported"),
            settings_url=_absolute(reverse("moderation_admin:settings")),
        )
        preferences.digest_sent_at = now
        preferences.save(update_fields=["digest_sent_at"])
        sent += 1
    return sent


def _entry(row, reports):
    return {
        "kind": kind_label(row),
        "title": str(row),
        "reasons": sorted({report.get_reason_display() for report in reports}),
        "count": len(reports),
        "url": _absolute(reverse("moderation_admin:item", args=[row.pk])),
    }
