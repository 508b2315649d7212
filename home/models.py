from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from campaign_pages.models import CampaignPage, CampaignStatus


class HomePage(Page):
    """The city's participation home: what is open now, what comes next, what was decided."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    cards_per_section = 6

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["campaign_pages.CampaignIndexPage", "home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def campaign_sections(self):
        campaigns = CampaignPage.objects.descendant_of(self).for_listing()
        limit = self.cards_per_section
        return [
            (
                _("Ongoing campaigns"),
                "open",
                campaigns.with_status(CampaignStatus.OPEN).order_by("end_date", "pk")[:limit],
            ),
            (
                _("Coming soon"),
                "upcoming",
                campaigns.with_status(CampaignStatus.UPCOMING).order_by("start_date", "pk")[:limit],
            ),
            (
                _("Published results"),
                "results",
                campaigns.with_status(CampaignStatus.RESULTS).order_by("-results_date", "pk")[
                    :limit
                ],
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            {"title": title, "key": key, "campaigns": list(items)}
            for title, key, items in self.campaign_sections()
        ]
        return context


class StandardPage(Page):
    """A plain page of text: the charter, the accessibility statement, the legal notice."""

    body = RichTextField(
        _("content"), features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who the site belongs to and the pages every footer links to."""

    city_name = models.CharField(_("city name"), max_length=100, default="Ma ville")
    tagline = models.CharField(_("tagline"), max_length=150, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    charter_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("participation charter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_address = models.TextField(_("address"), blank=True)
    map_latitude = models.DecimalField(
        _("latitude of the map centre"), max_digits=8, decimal_places=5, default=48.892
    )
    map_longitude = models.DecimalField(
        _("longitude of the map centre"), max_digits=8, decimal_places=5, default=2.207
    )
    map_zoom = models.PositiveSmallIntegerField(_("map zoom"), default=14)
    tile_url = models.CharField(
        _("tile server"),
        max_length=300,
        blank=True,
        help_text=_(
            "Pattern of the tiles' address, for example https://tuiles.example.org/{z}/{x}/{y}.png"
        ),
    )
    tile_attribution = models.CharField(_("tile attribution"), max_length=300, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("city_name"), FieldPanel("tagline"), FieldPanel("logo")], _("Identity")
        ),
        MultiFieldPanel(
            [
                FieldPanel("charter_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("legal_page"),
            ],
            _("Reference pages"),
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_address")], _("Contact")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("map_latitude"),
                        FieldPanel("map_longitude"),
                        FieldPanel("map_zoom"),
                    ]
                ),
                FieldPanel("tile_url"),
                FieldPanel("tile_attribution"),
            ],
            _("Map"),
        ),
    ]

    select_related = ["logo", "charter_page", "accessibility_page", "legal_page"]

    class Meta:
        verbose_name = _("site settings")
