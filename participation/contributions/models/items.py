"""What residents write in a contribution space: contributions, comments, supports."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from participation.common.answers import AnswerStatus as AnswerStatus  # re-exported
from participation.common.answers import OfficialAnswer
from participation.common.models import (
    Authored,
    Moderatable,
    ModeratableQuerySet,
    TimeStampedModel,
)


class ContributionKind(models.TextChoices):
    INDIVIDUAL = "individual", _("individual")
    COLLECTIVE = "collective", _("collective")


class Provenance(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("paper")
    WORKSHOP = "workshop", _("workshop")
    PHONE = "phone", _("phone")
    EMAIL = "email", _("email")


class ConsultationCategory(Orderable):
    page = ParentalKey(
        "contributions.ConsultationPage", on_delete=models.CASCADE, related_name="categories"
    )
    name = models.CharField(_("name"), max_length=80)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class ContributionQuerySet(ModeratableQuerySet):
    def for_space(self, space):
        return self.filter(space=space)

    def for_listing(self):
        return self.select_related("author", "category")

    def answered(self):
        return self.exclude(answer_status="")


class Contribution(TimeStampedModel, Authored, Moderatable, OfficialAnswer):
    """What a resident, or a group through its spokesperson, says in a contribution space."""

    space = models.ForeignKey(
        "contributions.ConsultationPage", on_delete=models.CASCADE, related_name="contributions"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ContributionKind.choices, default="individual"
    )
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("text"), max_length=5000)
    category = models.ForeignKey(
        ConsultationCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    provenance = models.CharField(
        _("provenance"), max_length=20, choices=Provenance.choices, default=Provenance.ONLINE
    )
    signed_as = models.CharField(
        _("signed as"),
        max_length=120,
        blank=True,
        help_text=_("For a contribution entered by staff: the person or body it comes from."),
    )
    group_name = models.CharField(_("group name"), max_length=120, blank=True)
    meeting_date = models.DateField(_("date of the meeting"), null=True, blank=True)
    meeting_place = models.CharField(_("place of the meeting"), max_length=150, blank=True)
    participants = models.PositiveIntegerField(_("number of participants"), default=1)
    photo = models.ImageField(
        _("photo of the paper board"), upload_to="contributions/%Y/%m/", blank=True
    )
    edited_at = models.DateTimeField(_("edited on"), null=True, blank=True)
    submission_key = models.UUIDField(_("submission key"), null=True, blank=True, editable=False)

    comments_count = models.PositiveIntegerField(default=0)
    supports_count = models.PositiveIntegerField(default=0)
    followers_count = models.PositiveIntegerField(default=0)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_contribution_per_submission"
            ),
        ]
        indexes = [
            models.Index(fields=["space", "status", "-created_at"]),
            models.Index(fields=["space", "status", "-supports_count"]),
            models.Index(fields=["space", "status", "-comments_count"]),
        ]

    def __str__(self):
        return self.title

    @property
    def is_collective(self):
        return self.kind == ContributionKind.COLLECTIVE

    @property
    def signature(self):
        """The name shown with the contribution: the group, the body on paper, or a pseudonym."""
        if self.is_collective and self.group_name:
            return self.group_name
        return self.signed_as or self.author.public_name

    @property
    def can_be_edited(self):
        """Until someone reacted (a comment, an answer) and as long as moderation left it."""
        return self.is_published and not self.comments_count and not self.answer_status

    def get_absolute_url(self):
        return self.space.url + self.space.reverse_subpage("contribution", args=[self.pk])


class CommentQuerySet(ModeratableQuerySet):
    pass


class Comment(TimeStampedModel, Authored, Moderatable):
    """A comment on a contribution, or a reply to one (one level only)."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(_("comment"), max_length=3000)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_comment_per_submission"
            ),
        ]


class Support(models.Model):
    """A resident's "Je soutiens": one per resident and contribution."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="supports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(fields=["contribution", "user"], name="one_support_per_user")
        ]

    def __str__(self):
        return f"{self.user} → {self.contribution}"
