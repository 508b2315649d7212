from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from .blocks import CampaignBodyBlock
from .snippets import Organizer, Sector

__all__ = ["CampaignIndexPage", "CampaignPage", "CampaignPageTag", "Organizer", "Sector"]


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("À venir")
    OPEN = "open", _("En cours")
    CLOSED = "closed", _("Terminée")
    RESULTS = "results", _("Résultats publiés")


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
            .select_related("organizer", "hero_image")
            .prefetch_related("sectors", "tags")
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
        verbose_name = _("liste des campagnes")
        verbose_name_plural = _("listes des campagnes")

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


class CampaignPage(Page):
    """One consultation about one project: what it is, where it stands, how to take part."""

    intro = models.TextField(_("chapeau"), max_length=600, help_text=_("Deux ou trois phrases."))
    objective = models.TextField(_("objectif"), max_length=1000)
    sectors = ParentalManyToManyField(Sector, verbose_name=_("secteurs"), blank=True)
    organizer = models.ForeignKey(
        Organizer,
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("date de début"))
    end_date = models.DateField(_("date de fin"), null=True, blank=True)
    results_date = models.DateField(
        _("date de publication des résultats"),
        null=True,
        blank=True,
        help_text=_("À partir de cette date, la campagne apparaît avec ses résultats."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image d'en-tête"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("texte alternatif de l'image"),
        max_length=250,
        blank=True,
        help_text=_("Décrivez l'image pour les personnes qui ne la voient pas."),
    )
    tags = ClusterTaggableManager(through=CampaignPageTag, blank=True, verbose_name=_("thèmes"))
    reference = models.CharField(
        _("référence"),
        max_length=60,
        blank=True,
        help_text=_("Laissez vide pour une référence automatique, par exemple PART-2019-01-12."),
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("contenu"), blank=True)

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
                FieldPanel("sectors"),
                FieldPanel("organizer"),
                FieldPanel("tags"),
                FieldPanel("reference"),
            ],
            heading=_("Fiche"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objective"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]
    parent_page_types = ["campaign_pages.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campagne")
        verbose_name_plural = _("campagnes")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("La date de fin doit suivre la date de début.")})
        if self.hero_image and not self.hero_image_alt and not self.hero_image.description:
            raise ValidationError(
                {"hero_image_alt": _("Décrivez l'image : le texte alternatif est obligatoire.")}
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

    @property
    def hero_alt_text(self):
        if self.hero_image_alt:
            return self.hero_image_alt
        return getattr(self.hero_image, "description", "") or ""
