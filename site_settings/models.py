"""City-wide settings: who the site belongs to, its reference pages, the map's defaults."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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
