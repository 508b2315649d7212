"""What moderators and reporting residents do. Each action keeps the item's row (nothing is
deleted), moves the owning app's counters, updates the queue and writes Wagtail's audit log."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from participation.common import events
from participation.common import moderated as registry
from participation.common.models import ModerationStatus

from . import notifications
from .models import QueueItem, Reason, Report, ReportStatus, Suspension

EXCERPT_LENGTH = 300


def _content_type(item):
    return ContentType.objects.get_for_model(item, for_concrete_model=False)


def _queue_row(item):
    return QueueItem.objects.filter(content_type=_content_type(item), object_id=item.pk)


def sync(item):
    """Creates or refreshes the queue row of an item (called when it is saved).

    A changed text goes back to "not reviewed", so that moderators read the new version.
    """
    kind = registry.of(item)
    space = kind.space_of(item)
    excerpt = Truncator(" ".join(kind.text_of(item).split())).chars(EXCERPT_LENGTH)
    row = _queue_row(item).first()
    if row is None:
        row = QueueItem(content_type=_content_type(item), object_id=item.pk)
    elif row.excerpt != excerpt or row.title != kind.title_of(item)[:200]:
        row.reviewed_at = row.reviewed_by = None
    row.space_id = space.pk if space else None
    row.campaign_id = space.campaign_id if space else None
    row.author_id = item.author_id
    row.title = kind.title_of(item)[:200]
    row.excerpt = excerpt
    row.status = item.status
    row.is_pending = item.status == ModerationStatus.PENDING
    row.created_at = item.created_at
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:  # created by a simultaneous save: the next save refreshes it
        pass
    return row


def keep_queue_in_step(sender, instance, raw=False, **kwargs):
    """post_save receiver: a saved item of a moderated type gets its queue row refreshed."""
    if not raw and registry.is_moderated(sender):  # raw: loaddata
        sync(instance)


def sync_all():
    """Creates or refreshes the queue rows of every moderatable item: after a bulk load or an
    import, which save rows without signals."""
    for kind in registry.all_types():
        for item in kind.model.objects.iterator(chunk_size=500):
            sync(item)


# Residents


def has_open_report(user, item):
    return Report.objects.filter(
        reporter=user, content_type=_content_type(item), object_id=item.pk, status="open"
    ).exists()


@transaction.atomic
def report(user, item, reason, text=""):
    """Returns (report, created): a second report of the same item by the same person while
    the first is open changes nothing."""
    content_type = _content_type(item)
    try:
        with transaction.atomic():
            new = Report.objects.create(
                reporter=user,
                content_type=content_type,
                object_id=item.pk,
                reason=reason,
                text=text,
            )
    except IntegrityError:
        existing = Report.objects.get(
            reporter=user, content_type=content_type, object_id=item.pk, status="open"
        )
        return existing, False
    if not _queue_row(item).exists():
        sync(item)
    _queue_row(item).update(
        open_reports=F("open_reports") + 1,
        reports_total=F("reports_total") + 1,
        last_reported_at=new.created_at,
    )
    transaction.on_commit(lambda: notifications.report_received(new))
    return new, True


# Moderators


def _lock(item):
    return type(item).objects.select_for_update().get(pk=item.pk)


def _close_reports(item, moderator):
    now = timezone.now()
    Report.objects.filter(
        content_type=_content_type(item), object_id=item.pk, status=ReportStatus.OPEN
    ).update(status=ReportStatus.CLOSED, closed_at=now, closed_by=moderator)
    _queue_row(item).update(open_reports=0, reviewed_at=now, reviewed_by=moderator)


def reason_text(reason, text=""):
    """ "Propos injurieux ou discriminatoires : …" as the public and the author read it, in
    the site's language whatever the moderator's admin language."""
    with translation.override(settings.LANGUAGE_CODE):
        label = str(Reason(reason).label).capitalize() if reason in Reason.values else ""
    text = text.strip()
    if label and text and reason != Reason.OTHER:
        return f"{label} : {text}"
    return text or label


@transaction.atomic
def hide(item, moderator, reason, text=""):
    """Hides an item with a reason; its row and text stay. Returns False if already hidden."""
    item = _lock(item)
    if item.status == ModerationStatus.HIDDEN:
        return False
    was_visible = item.status == ModerationStatus.PUBLISHED
    item.status = ModerationStatus.HIDDEN
    item.hidden_at = timezone.now()
    item.hidden_by = moderator
    item.hidden_reason = reason_text(reason, text)
    item.save(update_fields=["status", "hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    if was_visible:
        registry.of(item).count(item, -1)
    _close_reports(item, moderator)
    log(item, "moderation.hide", user=moderator, data={"reason": item.hidden_reason})
    events.emit("moderation.hidden", item, actor=moderator)
    return True


@transaction.atomic
def restore(item, moderator, text=""):
    """Puts a hidden item back where it was. Returns False if it was not hidden."""
    item = _lock(item)
    if item.status != ModerationStatus.HIDDEN:
        return False
    item.status = ModerationStatus.PUBLISHED
    item.hidden_at = None
    item.hidden_by = None
    item.hidden_reason = ""
    item.save(update_fields=["status", "hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    # Not news for followers: they heard of it when it was first published.
    registry.of(item).count(item, 1, restored=True)
    _close_reports(item, moderator)
    log(item, "moderation.restore", user=moderator, data={"reason": text.strip()})
    events.emit("moderation.restored", item, actor=moderator)
    return True


@transaction.atomic
def approve(item, moderator):
    """Publishes an item that waited for moderation (a space moderated before publication)."""
    item = _lock(item)
    if item.status != ModerationStatus.PENDING:
        return False
    item.status = ModerationStatus.PUBLISHED
    item.save(update_fields=["status", "updated_at"])
    registry.of(item).count(item, 1)
    _close_reports(item, moderator)
    log(item, "moderation.approve", user=moderator)
    return True


@transaction.atomic
def mark_reviewed(item, moderator):
    """The moderator read it and leaves it as it is; its open reports are dealt with."""
    _close_reports(item, moderator)
    log(item, "moderation.review", user=moderator)


# Suspensions


def active_suspension(user, moment=None):
    if not user.is_authenticated:
        return None
    moment = moment or timezone.now()
    return (
        Suspension.objects.filter(user=user, starts_at__lte=moment, ends_at__gt=moment)
        .filter(lifted_at__isnull=True)
        .order_by("-ends_at")
        .first()
    )


@transaction.atomic
def suspend(user, moderator, ends_at, reason):
    suspension = Suspension.objects.create(
        user=user, ends_at=ends_at, reason=reason, created_by=moderator
    )
    log(
        user,
        "moderation.suspend",
        user=moderator,
        data={"until": ends_at.isoformat(), "reason": reason},
    )
    events.emit("moderation.suspended", suspension, actor=moderator)
    return suspension


@transaction.atomic
def lift_suspension(suspension, moderator):
    suspension.lifted_at = timezone.now()
    suspension.save(update_fields=["lifted_at"])
    log(suspension.user, "moderation.lift_suspension", user=moderator)


def suspension_notice(user):
    """What a suspended resident reads instead of the forms to post, or "" (a check the
    posting guard of participation.common runs, registered in apps.py)."""
    suspension = active_suspension(user)
    return suspension_message(suspension) if suspension else ""


def suspension_message(suspension):
    return _(
        "Your account is suspended until %(date)s: you can read the site but not post. "
        "Reason: %(reason)s"
    ) % {
        "date": timezone.localtime(suspension.ends_at).strftime("%d/%m/%Y %H:%M"),
        "reason": suspension.reason,
    }


def personal_data_of(user):
    """A resident's reports and suspensions, for their data export."""
    return {
        "reports": [
            {
                "reason": report.reason,
                "text": report.text,
                "status": report.status,
                "created_at": report.created_at.isoformat(),
            }
            for report in Report.objects.filter(reporter=user)
        ],
        "suspensions": [
            {
                "from": suspension.starts_at.isoformat(),
                "until": suspension.ends_at.isoformat(),
                "reason": suspension.reason,
                "lifted_at": suspension.lifted_at.isoformat() if suspension.lifted_at else None,
            }
            for suspension in Suspension.objects.filter(user=user)
        ],
    }
