"""Reports, the moderation queue and suspensions.

The queue is one table with a row per moderatable item (contribution, comment, argument,
reply), kept in step with the items by services.sync(): the moderators' list filters, sorts and
paginates it without visiting four tables, and remembers what was reviewed.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.common.models import ModerationStatus


class Reason(models.TextChoices):
    """Why content breaks the charter: for reports and for hiding."""

    SPAM = "spam", _("spam or advertising")
    ABUSE = "abuse", _("insulting or discriminatory remarks")
    OFF_TOPIC = "off_topic", _("off topic")
    PERSONAL_DATA = "personal_data", _("personal data")
    OTHER = "other", _("other")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("open")
    CLOSED = "closed", _("dealt with")


class Report(models.Model):
    """A resident flags an item. One open report per person and item."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    text = models.TextField(_("details"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    created_at = models.DateTimeField(_("reported on"), default=timezone.now)
    closed_at = models.DateTimeField(_("dealt with on"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        permissions = [("moderate", _("Can moderate what residents publish"))]
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "content_type", "object_id"],
                condition=Q(status="open"),
                name="one_open_report_per_person_and_item",
            )
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id", "status"]),
            models.Index(fields=["status", "-created_at"]),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.content_type.model} {self.object_id})"


class QueueItemQuerySet(models.QuerySet):
    def to_review(self):
        """Reported, waiting for approval, or published and not reviewed since."""
        return self.filter(
            Q(open_reports__gt=0)
            | Q(status=ModerationStatus.PENDING)
            | Q(status=ModerationStatus.PUBLISHED, reviewed_at__isnull=True)
        )

    def in_queue_order(self):
        """Reported items first (most reported first), then waiting ones, then the newest."""
        return self.order_by("-open_reports", "-last_reported_at", "-is_pending", "-created_at")


class QueueItem(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    space = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+"
    )
    campaign = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=200, blank=True)
    excerpt = models.CharField(max_length=400, blank=True)
    status = models.CharField(max_length=20, choices=ModerationStatus.choices)
    is_pending = models.BooleanField(default=False)
    created_at = models.DateTimeField(db_index=True)
    open_reports = models.PositiveIntegerField(default=0)
    reports_total = models.PositiveIntegerField(default=0)
    last_reported_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = QueueItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("item to moderate")
        verbose_name_plural = _("items to moderate")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_queue_row")
        ]
        indexes = [
            models.Index(
                fields=["-open_reports", "-last_reported_at", "-is_pending", "-created_at"],
                name="moderation_queue_order",
            ),
            models.Index(fields=["status", "reviewed_at"]),
        ]

    def __str__(self):
        return self.title or self.excerpt[:60]


class Suspension(models.Model):
    """A resident may read but not post until `ends_at`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions"
    )
    starts_at = models.DateTimeField(_("from"), default=timezone.now)
    ends_at = models.DateTimeField(_("until"))
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    lifted_at = models.DateTimeField(_("lifted on"), null=True, blank=True)

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["user", "ends_at"])]

    def __str__(self):
        return f"{self.user} → {self.ends_at:%Y-%m-%d}"


class ModeratorSettings(models.Model):
    """What a moderator wants to hear by email."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderator_settings"
    )
    report_digest = models.BooleanField(
        _("email me a digest of new reports"),
        default=False,
        help_text=_("At most once a day, and only when there are new reports."),
    )
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("moderator settings")
        verbose_name_plural = _("moderator settings")

    def __str__(self):
        return str(self.user)
