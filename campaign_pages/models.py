from django import forms
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from participation.common import figures
from participation.common.spaces import child_spaces, space_models

from .admin_panels import CampaignSpacesPanel
from .blocks import CampaignBodyBlock
from .feeds import CampaignFeed
from .snippets import Organizer, Sector

__all__ = ["CampaignIndexPage", "CampaignPage", "CampaignPageTag", "Organizer", "Sector"]


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", pgettext_lazy("campaign status", "Upcoming")
    OPEN = "open", pgettext_lazy("campaign status", "Ongoing")
    CLOSED = "closed", pgettext_lazy("campaign status", "Closed")
    RESULTS = "results", pgettext_lazy("campaign status", "Results published")


class CampaignPageQuerySet(PageQuerySet):
    """Campaigns by status, computed in SQL from the dates so that lists can filter and paginate."""

    def _without_results(self, today):
        return Q(results_date__isnull=True) | Q(results_date__gt=today)

    def with_status(self, status, today=None):
        today = today or timezone.localdate()
        no_results = self._without_results(today)
        conditions = {
            CampaignStatus.RESULTS: Q(results_date__lte=today),
            CampaignStatus.UPCOMING: no_results & Q(start_date__gt=today),
            CampaignStatus.OPEN: no_results
            & Q(start_date__lte=today)
            & (Q(end_date__isnull=True) | Q(end_date__gte=today)),
            CampaignStatus.CLOSED: no_results & Q(start_date__lte=today, end_date__lt=today),
        }
        return self.filter(conditions[status])

    def for_listing(self):
        """What a campaign card needs, fetched in a fixed number of queries."""
        return (
            self.live()
            .public()
            .select_related("organizer", "hero_image", "stats")
            .prefetch_related("sectors", "tags", "campaign_figures")
        )


CampaignPageManager = PageManager.from_queryset(CampaignPageQuerySet)


class CampaignPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "campaign_pages.CampaignPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CampaignIndexPage(Page):
    """The list of every campaign, filterable by status, sector and tag."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaign_pages.CampaignPage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("campaign list")
        verbose_name_plural = _("campaign lists")

    def campaigns(self):
        return CampaignPage.objects.child_of(self).for_listing().order_by("-start_date", "pk")

    def filtered_campaigns(self, params):
        campaigns = self.campaigns()
        status = params.get("statut")
        if status in CampaignStatus.values:
            campaigns = campaigns.with_status(status)
        if sector := params.get("secteur"):
            campaigns = campaigns.filter(sectors__slug=sector)
        if tag := params.get("theme"):
            campaigns = campaigns.filter(tags__slug=tag)
        return campaigns.distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.filtered_campaigns(request.GET), self.per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            campaigns=page_obj,
            paginator=paginator,
            filter_query=query.urlencode(),
            statuses=CampaignStatus.choices,
            sectors=Sector.objects.all(),
            tags=CampaignPageTag.tags_for(CampaignPage).order_by("name"),
            selected={k: request.GET.get(k, "") for k in ("statut", "secteur", "theme")},
        )
        return context


class CampaignPage(RoutablePageMixin, Page):
    """One consultation about one project: what it is, where it stands, how to take part."""

    followable = True

    intro = models.TextField(
        _("standfirst"), max_length=600, help_text=_("Two or three sentences.")
    )
    objective = models.TextField(_("objective"), max_length=1000)
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True)
    organizer = models.ForeignKey(
        Organizer,
        verbose_name=_("organizer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    results_date = models.DateField(
        _("results publication date"),
        null=True,
        blank=True,
        help_text=_("From this date on, the campaign appears with its results."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    tags = ClusterTaggableManager(through=CampaignPageTag, blank=True, verbose_name=_("themes"))
    reference = models.CharField(
        _("reference"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty for an automatic reference, for example PART-2019-01-12."),
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("content"), blank=True)

    objects = CampaignPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("objective"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("results_date"),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organizer"),
                FieldPanel("tags"),
                FieldPanel("reference"),
            ],
            heading=_("Fact sheet"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")
        ),
        FieldPanel("body"),
        CampaignSpacesPanel(heading=_("Participation spaces")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objective"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]
    parent_page_types = ["campaign_pages.CampaignIndexPage"]
    # Its children are the participation spaces: every page type that mixes in
    # ParticipationSpace, found by clean_subpage_models() rather than listed here.
    followable = True

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @classmethod
    def clean_subpage_models(cls):
        """The participation space types, as Wagtail's forms app finds its form pages."""
        return space_models()

    @cached_property
    def live_spaces(self):
        """The live spaces below the campaign, in the order of the page tree."""
        return child_spaces(self)

    def featured_space_ids(self):
        """The spaces a block of the body shows at a chosen place."""
        return {
            block.value["space"].pk
            for block in self.body
            if block.block_type == "space" and block.value.get("space")
        }

    @path("flux/", name="feed")
    def feed(self, request):
        """The campaign's news as an Atom feed (feeds.py)."""
        return CampaignFeed()(request, campaign=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured_space_ids()
        context["listed_spaces"] = [s for s in self.live_spaces if s.pk not in featured]
        return context

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date must follow the start date.")})
        if self.hero_image and not self.hero_image_alt and not self.hero_image.description:
            raise ValidationError(
                {"hero_image_alt": _("Describe the image: the alternative text is required.")}
            )

    def status_on(self, today):
        if self.results_date and self.results_date <= today:
            return CampaignStatus.RESULTS
        if self.start_date > today:
            return CampaignStatus.UPCOMING
        if self.end_date and self.end_date < today:
            return CampaignStatus.CLOSED
        return CampaignStatus.OPEN

    @cached_property
    def status(self):
        return CampaignStatus(self.status_on(timezone.localdate()))

    @property
    def reference_code(self):
        if self.reference:
            return self.reference
        return f"PART-{self.start_date:%Y-%m}-{self.pk}" if self.start_date and self.pk else ""

    @cached_property
    def figures(self):
        """Contributions, arguments, votes, comments and participants, as stored: the one
        source of the fact box, the cards and the results block."""
        return figures.of(self)

    @property
    def participation_stats(self):
        """The campaign's stored follower count, or None.

        Kept by the participation apps in their own table, joined by for_listing().
        """
        try:
            return self.stats
        except ObjectDoesNotExist:
            return None

    @property
    def hero_alt_text(self):
        if self.hero_image_alt:
            return self.hero_image_alt
        return getattr(self.hero_image, "description", "") or ""
