"""Notifications, the preferences that say how each topic is emailed, and the digests sent.

A notification keeps the line a resident reads and the address it leads to, written when the
event happened: the notifications page shows a list without going back to what changed, and
a notification outlives a hidden or deleted text.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.common.events import Frequency


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    event = models.CharField(_("event"), max_length=80)
    topic = models.CharField(_("topic"), max_length=80)
    message = models.CharField(_("message"), max_length=400)
    # An address on the site (a path): emails make it absolute with the site's address.
    url = models.CharField(_("address"), max_length=500, blank=True)
    campaign = models.CharField(_("campaign"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created on"), default=timezone.now)
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)
    # How it is emailed, fixed when it is created from the resident's preference then.
    delivery = models.CharField(
        _("email"), max_length=16, choices=Frequency.choices, default=Frequency.NEVER
    )
    emailed_at = models.DateTimeField(_("emailed on"), null=True, blank=True)
    # What the event's own email says besides the line (plain strings, see events.Event).
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="notification_unread"),
            models.Index(fields=["user", "-created_at"], name="notification_list"),
            models.Index(fields=["delivery", "created_at"], name="notification_digest"),
        ]

    def __str__(self):
        return self.message

    @property
    def is_read(self):
        return self.read_at is not None


class Preference(models.Model):
    """A resident's choice for a topic; without a row, the topic's default applies."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    topic = models.CharField(_("topic"), max_length=80)
    frequency = models.CharField(_("email"), max_length=16, choices=Frequency.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="one_preference_per_topic")
        ]

    def __str__(self):
        return f"{self.user} {self.topic}: {self.frequency}"


class DigestDelivery(models.Model):
    """One resident's digest of one period, written before the email is sent.

    Unique per (resident, frequency, period): a run that stopped half-way and starts again
    skips whoever already has a row, so nobody gets the same digest twice (a crash between
    the row and the email loses that email rather than sending it twice). `claim` tells
    which rows this run wrote, when two runs happen at once.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_deliveries"
    )
    frequency = models.CharField(_("frequency"), max_length=16, choices=Frequency.choices)
    period_end = models.DateTimeField(_("end of the period"))
    notifications = models.PositiveIntegerField(_("notifications"), default=0)
    claim = models.CharField(max_length=32, editable=False)
    created_at = models.DateTimeField(_("created on"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "frequency", "period_end"], name="one_digest_per_period"
            )
        ]
        indexes = [models.Index(fields=["claim"], name="digest_delivery_claim")]

    def __str__(self):
        return f"{self.user} {self.frequency} {self.period_end:%Y-%m-%d %H:%M}"


class DigestRun(models.Model):
    """A period whose digests have all been sent: the next run starts after the latest one."""

    frequency = models.CharField(_("frequency"), max_length=16, choices=Frequency.choices)
    period_start = models.DateTimeField(_("start of the period"))
    period_end = models.DateTimeField(_("end of the period"))
    sent = models.PositiveIntegerField(_("emails sent"), default=0)
    completed_at = models.DateTimeField(_("completed on"), default=timezone.now)

    class Meta:
        verbose_name = _("digest run")
        verbose_name_plural = _("digest runs")
        ordering = ["-period_end"]
        constraints = [
            models.UniqueConstraint(fields=["frequency", "period_end"], name="one_run_per_period")
        ]

    def __str__(self):
        return f"{self.frequency} {self.period_end:%Y-%m-%d %H:%M}"


class SpaceClosing(models.Model):
    """A participation space whose closing was announced to its followers: once, ever."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("space")
    )
    closes_at = models.DateTimeField(_("closed on"))
    announced_at = models.DateTimeField(_("announced on"), default=timezone.now)

    class Meta:
        verbose_name = _("space closing announced")
        verbose_name_plural = _("space closings announced")

    def __str__(self):
        return f"{self.page_id} {self.closes_at:%Y-%m-%d}"
