"""What the moderators' admin and their digest read: who moderates, the reasons shown on a page
of the queue, the reports of an item, the reports that came in since a moment."""

from collections import Counter, defaultdict

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils.text import capfirst

from participation.common import moderated as registry

from .models import QueueItem, Reason, Report, ReportStatus

MODERATE = "moderation.moderate"


def can_moderate(user):
    return user.is_active and user.has_perm(MODERATE)


def is_staff_account(user):
    """Staff answer to the city, not to the charter: they are never suspended."""
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def kind_of(row):
    return registry.of(row.content_type.model_class())


def kind_label(row):
    return capfirst(kind_of(row).label)


def with_open_reasons(rows):
    """Gives each row `open_reasons`: [(label, count)], the most frequent reason first.

    One query for the whole page: the (content type, object) pairs are matched here.
    """
    rows = list(rows)
    counts = defaultdict(Counter)
    reports = Report.objects.filter(
        status=ReportStatus.OPEN,
        content_type_id__in={row.content_type_id for row in rows},
        object_id__in={row.object_id for row in rows},
    )
    if rows:
        for content_type_id, object_id, reason in reports.values_list(
            "content_type_id", "object_id", "reason"
        ):
            counts[content_type_id, object_id][reason] += 1
    for row in rows:
        found = counts[row.content_type_id, row.object_id].most_common()
        row.open_reasons = [(reason_label(reason), count) for reason, count in found]
    return rows


def reason_label(reason):
    return Reason(reason).label if reason in Reason.values else reason


def reports_of(row):
    """Every report of an item, the open ones first, then the newest."""
    return (
        Report.objects.filter(content_type_id=row.content_type_id, object_id=row.object_id)
        .select_related("reporter", "closed_by")
        .order_by("-status", "-created_at")
    )


def moderators_wanting_a_digest():
    """Active moderators (by group, own permission or as superusers) who asked for the digest."""
    permission = Permission.objects.filter(
        content_type__app_label="moderation", codename="moderate"
    )
    may_moderate = (
        Q(is_superuser=True)
        | Q(groups__permissions__in=permission)
        | Q(user_permissions__in=permission)
    )
    return (
        get_user_model()
        .objects.filter(may_moderate, is_active=True, deleted_at__isnull=True)
        .filter(moderator_settings__report_digest=True)
        .select_related("moderator_settings")
        .distinct()
    )


def reports_between(start, end):
    """Open reports created in (start, end], grouped by queue row in queue order:
    [(row, [report, ...])]."""
    reports = list(
        Report.objects.filter(
            status=ReportStatus.OPEN, created_at__gt=start, created_at__lte=end
        ).order_by("created_at")
    )
    by_item = defaultdict(list)
    for report in reports:
        by_item[report.content_type_id, report.object_id].append(report)
    rows = QueueItem.objects.filter(
        content_type_id__in={key[0] for key in by_item},
        object_id__in={key[1] for key in by_item},
    )
    rows = rows.select_related("content_type").in_queue_order()
    return [
        (row, by_item[row.content_type_id, row.object_id])
        for row in rows
        if (row.content_type_id, row.object_id) in by_item
    ]
