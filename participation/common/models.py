"""What every participation app shares: time stamps, authors, moderation, follows, counters.

A participation space is a Wagtail page below a campaign; what residents write there are plain
Django rows pointing at that page. These abstract models give those rows one vocabulary.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class TimeStampedModel(models.Model):
    """When a row was created and last changed."""

    created_at = models.DateTimeField(_("created on"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        abstract = True


class Authored(models.Model):
    """Who wrote it. The account may be deleted later: the row stays, signed "Compte supprimé"."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="%(app_label)s_%(class)s_set",
    )

    class Meta:
        abstract = True

    def is_authored_by(self, user):
        return user.is_authenticated and user.pk == self.author_id


class ModerationStatus(models.TextChoices):
    # Visible to everyone: moderation happens after publication.
    PUBLISHED = "published", _("published")
    # Replaced for the public by "hidden by moderation: <reason>"; the row and its text stay.
    HIDDEN = "hidden", _("hidden")
    # In a space moderated before publication: only its author and moderators see it.
    PENDING = "pending", _("awaiting moderation")


class ModeratableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ModerationStatus.PUBLISHED)

    def in_thread_for(self, user):
        """The comments or replies a thread shows `user`: the published, the hidden (as a
        notice) and their own awaiting moderation, never someone else's."""
        others_pending = models.Q(status=ModerationStatus.PENDING)
        if user.is_authenticated:
            others_pending &= ~models.Q(author=user)
        return self.exclude(others_pending)

    def published_or_by(self, user):
        """What `user` may see listed: the published rows, and their own awaiting moderation."""
        if not user.is_authenticated:
            return self.published()
        return self.filter(
            models.Q(status=ModerationStatus.PUBLISHED)
            | models.Q(status=ModerationStatus.PENDING, author=user)
        )


class Moderatable(models.Model):
    """Content that moderators may hide (never delete), with who, when and why."""

    status = models.CharField(
        _("moderation status"),
        max_length=20,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PUBLISHED,
        db_index=True,
    )
    hidden_at = models.DateTimeField(_("hidden on"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == ModerationStatus.PUBLISHED

    @property
    def is_pending(self):
        return self.status == ModerationStatus.PENDING

    @property
    def is_hidden(self):
        return self.status == ModerationStatus.HIDDEN


class SpacePhase(models.TextChoices):
    UPCOMING = "upcoming", _("not open yet")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


class ParticipationSpace(models.Model):
    """A page where residents take part between an opening and a closing date.

    Mixed into the page models of the participation apps (consultations, debates, agendas);
    outside its dates the space is read-only and shows the notice the editor wrote.
    """

    opens_at = models.DateTimeField(_("opens on"), default=timezone.now)
    closes_at = models.DateTimeField(
        _("closes on"), null=True, blank=True, help_text=_("Leave empty to keep it open.")
    )
    notice_before = models.TextField(
        _("notice before opening"),
        blank=True,
        help_text=_("Shown until the space opens. A default text is used when empty."),
    )
    notice_after = models.TextField(
        _("notice after closing"),
        blank=True,
        help_text=_("Shown once the space is closed: what happens next."),
    )
    moderated_before_publication = models.BooleanField(
        _("moderate before publication"),
        default=False,
        help_text=_(
            "New texts wait for a moderator's approval before anyone else sees them. "
            "By default they are published at once and moderated afterwards."
        ),
    )

    participation_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("notice_before"),
                FieldPanel("notice_after"),
                FieldPanel("moderated_before_publication"),
            ],
            heading=_("Participation dates"),
        )
    ]

    class Meta:
        abstract = True

    # The contract with the campaign above the space (see participation/common/spaces.py).
    # The template that teases the space on its campaign's page; it gets `space`, `request`
    # and what teaser_context() returns.
    teaser_template = "participation/includes/space_teaser.html"
    # Whether residents may follow the space to hear of what happens in it.
    followable = True

    def teaser_context(self, request):
        """What the teaser template needs besides the space itself: a fixed number of queries."""
        return {}

    def timeline_steps(self):
        """The steps this space adds to its campaign's timeline: dicts with kind, start_date,
        end_date, title, text, link_url, link_label. None by default."""
        return []

    @cached_property
    def campaign_id(self):
        """The id of the campaign the space belongs to (its parent page), looked up once."""
        return self.get_parent().pk

    @property
    def state_labels(self):
        """What staff read next to the space in its campaign's list: phase, moderation."""
        labels = [SpacePhase(self.phase).label]
        if self.moderated_before_publication:
            labels.append(_("moderated before publication"))
        return labels

    def phase_at(self, moment):
        if moment < self.opens_at:
            return SpacePhase.UPCOMING
        if self.closes_at and moment >= self.closes_at:
            return SpacePhase.CLOSED
        return SpacePhase.OPEN

    @property
    def phase(self):
        return self.phase_at(timezone.now())

    @property
    def is_open(self):
        return self.phase == SpacePhase.OPEN

    @property
    def new_content_status(self):
        """The status of what residents post here: published, or awaiting moderation."""
        if self.moderated_before_publication:
            return ModerationStatus.PENDING
        return ModerationStatus.PUBLISHED

    @property
    def phase_notice(self):
        """What to tell residents when they cannot take part, or "" while open."""
        phase = self.phase
        if phase == SpacePhase.UPCOMING:
            return self.notice_before or _("This space is not open yet.")
        if phase == SpacePhase.CLOSED:
            return self.notice_after or _("This space is closed: contributions are read-only.")
        return ""


class Follow(models.Model):
    """A resident follows a campaign or a contribution, to hear of what happens to it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="one_follow_per_user"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.user} → {self.content_type.model} {self.object_id}"


class PageStats(models.Model):
    """The followers of a campaign or a space, counted apart from the page.

    Wagtail copies every page field into its revisions, and publishing a revision would put
    back stale counts; a row of its own is moved with F() in the same transaction as the
    follow it counts, and lists read it with one join. What residents contribute is counted
    in the campaign's figures (CampaignFigure).
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="stats"
    )
    followers_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("page counters")
        verbose_name_plural = _("page counters")

    def __str__(self):
        return f"{self.page_id}: {self.followers_count}"

    @classmethod
    def add(cls, page_id, **deltas):
        """Moves counters by the given amounts (which may be negative), creating the row."""
        move_counters(cls, {"page_id": page_id}, **deltas)


def move_counters(model, key, **deltas):
    """Moves the counters of the `model` row found by `key` with F(), creating it on first use:
    simultaneous moves add up exactly."""
    model.objects.get_or_create(**key)
    model.objects.filter(**key).update(**{name: F(name) + delta for name, delta in deltas.items()})


class CampaignFigure(models.Model):
    """One stored figure of a campaign (its contributions, votes, participants...), by key.

    Each participation app declares the figures it moves (participation.common.figures); a
    row per campaign and key, moved with F() in the same transaction as what it counts, so that
    a campaign's page and its cards read figures without counting rows. A new kind of
    participation adds keys, not columns.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="campaign_figures"
    )
    key = models.CharField(max_length=40)
    value = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("campaign figure")
        verbose_name_plural = _("campaign figures")
        constraints = [
            models.UniqueConstraint(fields=["page", "key"], name="one_figure_per_campaign_and_key")
        ]

    def __str__(self):
        return f"{self.page_id} {self.key}: {self.value}"


class Participant(models.Model):
    """An account that took part online in a campaign (wrote or voted), counted once."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="campaign_participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="campaigns_taken_part"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["page", "user"], name="one_participant_per_campaign")
        ]

    def __str__(self):
        return f"{self.page_id} ← {self.user_id}"
