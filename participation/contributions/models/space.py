"""The contribution space: a Wagtail page below a campaign, with the addresses of its views."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from participation.common.models import ParticipationSpace

from .. import services, views
from ..admin_panels import SpaceContributionsPanel
from .items import ContributionKind


class ConsultationPage(RoutablePageMixin, ParticipationSpace, Page):
    """A campaign's contribution space: a question, and what residents answer to it.

    Its "" route (the list) replaces RoutablePageMixin's default index route.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    question = models.CharField(_("question asked"), max_length=250)
    allow_individual = models.BooleanField(_("individual contributions allowed"), default=True)
    allow_collective = models.BooleanField(_("collective contributions allowed"), default=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("question"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("allow_individual"), FieldPanel("allow_collective")],
            heading=_("Kinds of contributions"),
        ),
        InlinePanel("categories", heading=_("Categories"), label=_("category")),
        *ParticipationSpace.participation_panels,
        SpaceContributionsPanel(heading=_("Contributions")),
    ]
    parent_page_types = ["campaign_pages.CampaignPage"]
    subpage_types = []
    per_page = 12

    class Meta:
        verbose_name = _("contribution space")
        verbose_name_plural = _("contribution spaces")

    # The contract with the campaign (ParticipationSpace).
    teaser_template = "contributions/includes/teaser.html"
    teaser_size = 3

    def teaser_context(self, request):
        return {
            "contributions": services.latest_contributions(self, self.teaser_size),
            "contribute_url": (self.url or "") + self.reverse_subpage("contribute"),
        }

    @cached_property
    def allowed_kinds(self):
        kinds = []
        if self.allow_individual:
            kinds.append(ContributionKind.INDIVIDUAL)
        if self.allow_collective:
            kinds.append(ContributionKind.COLLECTIVE)
        return kinds

    # The addresses below the space, each handled by a view in views.py.

    @path("", name="list")
    def list_route(self, request):
        return views.contribution_list(request, self)

    @path("contribuer/", name="contribute")
    def contribute_route(self, request):
        return views.contribute(request, self)

    @path("<int:pk>/", name="contribution")
    def contribution_route(self, request, pk):
        return views.contribution_detail(request, self, pk)

    @path("<int:pk>/modifier/", name="edit")
    def edit_route(self, request, pk):
        return views.edit_contribution(request, self, pk)

    @path("<int:pk>/soutenir/", name="support")
    def support_route(self, request, pk):
        return views.support(request, self, pk)

    @path("<int:pk>/commenter/", name="comment")
    def comment_route(self, request, pk):
        return views.comment(request, self, pk)

    @path("<int:pk>/suivre/", name="follow")
    def follow_route(self, request, pk):
        return views.follow(request, self, pk)
