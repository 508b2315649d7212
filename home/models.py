from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from campaign_pages.models import CampaignPage, CampaignStatus


class HomePage(Page):
    """The city's participation home: what is open now, what comes next, what was decided."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    cards_per_section = 6

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaign_pages.CampaignIndexPage",
        "newsletter.NewsletterIndexPage",
        "home.StandardPage",
    ]
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
