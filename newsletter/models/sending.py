"""Who receives the letter: subscribers without an account, and each send with its deliveries."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NewsletterSubscriber(models.Model):
    """Someone without an account who asked for the letter; receives it once confirmed."""

    email = models.EmailField(_("email address"))
    created_at = models.DateTimeField(_("subscribed on"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    consent_version = models.CharField(_("version of the consent text"), max_length=20)
    unsubscribed_at = models.DateTimeField(_("unsubscribed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_email_ci_unique")
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class Segment(models.TextChoices):
    ALL = "all", _("All consenting residents")
    CAMPAIGN = "campaign", _("Followers of a campaign")


class SendStatus(models.TextChoices):
    PREPARING = "preparing", _("Preparing")
    SENDING = "sending", _("Sending")
    DONE = "done", _("Finished")


class NewsletterSend(models.Model):
    """One sending of a letter to a segment; its deliveries say who received it.

    The email is rendered once when the send starts and kept here: a send resumed after a stop
    sends the same letter to those who remain.
    """

    page = models.ForeignKey(
        "newsletter.NewsletterPage",
        verbose_name=_("letter"),
        on_delete=models.CASCADE,
        related_name="sends",
    )
    segment = models.CharField(_("recipients"), max_length=20, choices=Segment.choices)
    segment_campaign = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started on"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished on"), null=True, blank=True)
    total = models.PositiveIntegerField(_("recipients"), default=0)
    sent_count = models.PositiveIntegerField(_("sent"), default=0)
    failed_count = models.PositiveIntegerField(_("failed"), default=0)
    status = models.CharField(
        _("status"), max_length=20, choices=SendStatus.choices, default=SendStatus.PREPARING
    )
    # The key of the confirmation form: a second click on "send" finds the send the first made.
    key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    text = models.TextField(blank=True)
    html = models.TextField(blank=True)

    class Meta:
        verbose_name = _("newsletter send")
        verbose_name_plural = _("newsletter sends")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page} — {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def remaining(self):
        return max(self.total - self.sent_count - self.failed_count, 0)


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class NewsletterDelivery(models.Model):
    """One recipient of one send, snapshotted when it started: each address once."""

    send = models.ForeignKey(NewsletterSend, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    subscriber = models.ForeignKey(
        NewsletterSubscriber, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "email"], name="newsletter_one_delivery_per_email"
            )
        ]
        indexes = [models.Index(fields=["send", "status"])]

    def __str__(self):
        return self.email
