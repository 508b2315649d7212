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
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def campaign_sections(self):
        campaigns = CampaignPage.objects.descendant_of(self).for_listing()
        limit = self.cards_per_section
        return [
            (
                _("Les campagnes en cours"),
                "open",
                campaigns.with_status(CampaignStatus.OPEN).order_by("end_date", "pk")[:limit],
            ),
            (
                _("Bientôt"),
                "upcoming",
                campaigns.with_status(CampaignStatus.UPCOMING).order_by("start_date", "pk")[:limit],
            ),
            (
                _("Résultats publiés"),
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
        _("contenu"), features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who the site belongs to and the pages every footer links to."""

    city_name = models.CharField(_("nom de la ville"), max_length=100, default="Ma ville")
    tagline = models.CharField(_("accroche"), max_length=150, blank=True)
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
        verbose_name=_("charte de participation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("déclaration d'accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    contact_address = models.TextField(_("adresse"), blank=True)
    map_latitude = models.DecimalField(
        _("latitude du centre de la carte"), max_digits=8, decimal_places=5, default=48.892
    )
    map_longitude = models.DecimalField(
        _("longitude du centre de la carte"), max_digits=8, decimal_places=5, default=2.207
    )
    map_zoom = models.PositiveSmallIntegerField(_("zoom de la carte"), default=14)
    tile_url = models.CharField(
        _("serveur de tuiles"),
        max_length=300,
        blank=True,
        help_text=_(
            "Modèle d'adresse des tuiles, par exemple https://tuiles.example.org/{z}/{x}/{y}.png"
        ),
    )
    tile_attribution = models.CharField(_("attribution des tuiles"), max_length=300, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("city_name"), FieldPanel("tagline"), FieldPanel("logo")], _("Identité")
        ),
        MultiFieldPanel(
            [
                FieldPanel("charter_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("legal_page"),
            ],
            _("Pages de référence"),
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
            _("Carte"),
        ),
    ]

    select_related = ["logo", "charter_page", "accessibility_page", "legal_page"]

    class Meta:
        verbose_name = _("réglages du site")
