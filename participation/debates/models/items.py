"""What residents do in a debate: vote on its options, argue for or against, reply.

Counters live in rows of their own (OptionTally, DebateCounters, PageStats), never on the page
or its options: Wagtail copies a page and its inline options into every revision, and
publishing a revision would otherwise put stale tallies back.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from participation.common.models import (
    Authored,
    Moderatable,
    ModeratableQuerySet,
    TimeStampedModel,
)


class ResultsVisibility(models.TextChoices):
    ALWAYS = "always", _("at any time")
    AFTER_VOTE = "after_vote", _("once the resident has voted (to everyone once closed)")
    AFTER_CLOSE = "after_close", _("only once the debate is closed")


class Stance(models.TextChoices):
    FOR = "for", _("for")
    AGAINST = "against", _("against")


DEFAULT_OPTIONS = [_("For"), _("Against"), _("Abstention")]


class VoteOption(Orderable):
    page = ParentalKey("debates.DebatePage", on_delete=models.CASCADE, related_name="options")
    label = models.CharField(_("label"), max_length=80)

    panels = [FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("vote option")
        verbose_name_plural = _("vote options")

    def __str__(self):
        return self.label

    @property
    def votes_count(self):
        try:
            return self.tally.votes
        except ObjectDoesNotExist:
            return 0


class OptionTally(models.Model):
    """The number of votes for one option, moved with F() in the vote's transaction."""

    option = models.OneToOneField(
        VoteOption, on_delete=models.CASCADE, primary_key=True, related_name="tally"
    )
    votes = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("option tally")
        verbose_name_plural = _("option tallies")

    def __str__(self):
        return f"{self.option_id}: {self.votes}"


class DebateCounters(models.Model):
    """The debate's totals, read by its page and by the campaign's debate block in one join."""

    debate = models.OneToOneField(
        "debates.DebatePage", on_delete=models.CASCADE, primary_key=True, related_name="counters"
    )
    votes = models.PositiveIntegerField(default=0)
    arguments_for = models.PositiveIntegerField(default=0)
    arguments_against = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("debate counters")
        verbose_name_plural = _("debate counters")

    def __str__(self):
        return f"{self.debate_id}: {self.votes}"


class Vote(models.Model):
    """One resident's vote in one debate; they may change it while the debate is open."""

    debate = models.ForeignKey("debates.DebatePage", on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="debate_votes"
    )
    # PROTECT: the page form refuses to remove an option that has votes.
    option = models.ForeignKey(VoteOption, on_delete=models.PROTECT, related_name="votes")
    created_at = models.DateTimeField(_("voted on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed on"), auto_now=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["debate", "user"], name="one_vote_per_debate")
        ]
        indexes = [models.Index(fields=["debate", "option"])]

    def __str__(self):
        return f"{self.user_id} → {self.option_id}"


class ArgumentQuerySet(ModeratableQuerySet):
    def for_listing(self):
        return self.select_related("author")


class Argument(TimeStampedModel, Authored, Moderatable):
    """A reason for or against, written by a resident."""

    debate = models.ForeignKey(
        "debates.DebatePage", on_delete=models.CASCADE, related_name="arguments"
    )
    stance = models.CharField(_("position"), max_length=10, choices=Stance.choices)
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("argument"), max_length=3000)
    useful_count = models.PositiveIntegerField(default=0)
    replies_count = models.PositiveIntegerField(default=0)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = ArgumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("argument")
        verbose_name_plural = _("arguments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_argument_per_submission"
            )
        ]
        indexes = [
            models.Index(fields=["debate", "status", "stance", "-useful_count", "-created_at"]),
            models.Index(fields=["debate", "status", "stance", "-created_at"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.debate.url + self.debate.reverse_subpage("argument", args=[self.pk])


class UsefulMark(models.Model):
    """A resident found an argument useful: once each, never on their own argument."""

    argument = models.ForeignKey(Argument, on_delete=models.CASCADE, related_name="useful_marks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="useful_marks"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("useful mark")
        verbose_name_plural = _("useful marks")
        constraints = [
            models.UniqueConstraint(fields=["argument", "user"], name="one_useful_mark_per_user")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.argument_id}"


class Reply(TimeStampedModel, Authored, Moderatable):
    """A reply to an argument (one level: replies are not answered in turn)."""

    argument = models.ForeignKey(Argument, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("reply"), max_length=2000)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = ModeratableQuerySet.as_manager()

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_reply_per_submission"
            )
        ]

    def __str__(self):
        return self.body[:60]
