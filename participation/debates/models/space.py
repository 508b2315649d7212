"""The debate: a Wagtail page below a campaign, with the addresses of its views."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from participation.common.models import ParticipationSpace, SpacePhase

from .. import services, views
from ..admin_panels import DebateResultsPanel
from ..page_form import DebatePageForm
from .items import DEFAULT_OPTIONS, ResultsVisibility, VoteOption


class DebatePage(RoutablePageMixin, ParticipationSpace, Page):
    """A campaign's debate. Its "" route replaces RoutablePageMixin's default index route."""

    question = models.CharField(_("question put to residents"), max_length=250)
    context = RichTextField(
        _("context"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"],
        help_text=_("What residents need to know to make up their mind."),
    )
    results_visibility = models.CharField(
        _("show the results"),
        max_length=20,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.ALWAYS,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("question"),
        FieldPanel("context"),
        InlinePanel(
            "options",
            heading=_("Vote options"),
            label=_("option"),
            help_text=_("Leave empty for the usual options: For, Against, Abstention."),
        ),
        FieldPanel("results_visibility"),
        *ParticipationSpace.participation_panels,
        DebateResultsPanel(heading=_("Results")),
    ]
    base_form_class = DebatePageForm
    parent_page_types = ["campaign_pages.CampaignPage"]
    subpage_types = []
    arguments_per_page = 10

    class Meta:
        verbose_name = _("debate")
        verbose_name_plural = _("debates")

    def save(self, *args, **kwargs):
        if not self.options.all():
            # Stored as content, in the site's language whatever the editor's admin language.
            with translation.override(settings.LANGUAGE_CODE):
                self.options = [VoteOption(label=str(label)) for label in DEFAULT_OPTIONS]
        return super().save(*args, **kwargs)

    # The contract with the campaign (ParticipationSpace).
    teaser_template = "debates/includes/teaser.html"

    def teaser_context(self, request):
        user = getattr(request, "user", None) or AnonymousUser()
        return services.debate_teaser(self, user)

    def timeline_steps(self):
        """The debate's dates, as a "debate" step the editors need not enter."""
        return [
            {
                "kind": "debate",
                "start_date": timezone.localdate(self.opens_at),
                "end_date": timezone.localdate(self.closes_at) if self.closes_at else None,
                "title": self.title,
                "text": "",
                "link_url": self.url,
                "link_label": _("Take part in the debate"),
                "document": None,
                "automatic": True,
            }
        ]

    def results_visible(self, has_voted):
        """Whether the tallies may be shown to someone who has, or has not, voted."""
        if self.results_visibility == ResultsVisibility.ALWAYS:
            return True
        closed = self.phase == SpacePhase.CLOSED
        if self.results_visibility == ResultsVisibility.AFTER_VOTE:
            return has_voted or closed
        return closed

    # The addresses below the debate, each handled by a view in views.py.

    @path("", name="debate")
    def debate_route(self, request):
        return views.debate(request, self)

    @path("voter/", name="vote")
    def vote_route(self, request):
        return views.vote(request, self)

    @path("argumenter/", name="argue")
    def argue_route(self, request):
        return views.argue(request, self)

    @path("arguments/<int:pk>/", name="argument")
    def argument_route(self, request, pk):
        return views.argument_detail(request, self, pk)

    @path("arguments/<int:pk>/utile/", name="useful")
    def useful_route(self, request, pk):
        return views.useful(request, self, pk)

    @path("arguments/<int:pk>/repondre/", name="reply")
    def reply_route(self, request, pk):
        return views.reply(request, self, pk)
