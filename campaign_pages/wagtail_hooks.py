from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import Organizer, Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class OrganizerViewSet(SnippetViewSet):
    model = Organizer
    icon = "group"
    list_display = ["name", "website"]
    search_fields = ["name"]


class CampaignSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Campaign records")
    menu_icon = "tag"
    menu_order = 250
    items = [SectorViewSet, OrganizerViewSet]


register_snippet(CampaignSnippetsGroup)
