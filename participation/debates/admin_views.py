"""Arguments in the Wagtail admin: a list to read, filter and export, and each one inspected.

Residents write arguments; staff only read them here. Nobody adds one in their name, nobody
rewrites or deletes one: moderation hides an argument and keeps its row.
"""

import django_filters
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views import generic

from participation.common.admin import (
    MODERATION_STATUS,
    RADIOS,
    ModerationStatusColumn,
    SpaceFilter,
    SpaceItemFilterSet,
    SpaceItemViewSet,
)

from .models import Argument, DebatePage, Stance

USEFUL = _("Useful")
REPLIES = capfirst(_("replies"))
DEBATE = capfirst(_("debate"))


class ArgumentFilterSet(SpaceItemFilterSet):
    debate = SpaceFilter(DebatePage, label=DEBATE)
    stance = django_filters.ChoiceFilter(
        label=capfirst(_("position")), choices=Stance.choices, **RADIOS
    )

    class Meta:
        model = Argument
        fields = ["debate", "stance", "status"]


class ArgumentInspectView(generic.InspectView):
    labels = {"debate": DEBATE, "useful_count": USEFUL, "replies_count": REPLIES}

    def get_field_label(self, field_name, field):
        return self.labels.get(field_name) or super().get_field_label(field_name, field)

    def get_body_display_value(self):
        return linebreaks_filter(self.object.body, autoescape=True)

    def get_created_at_display_value(self):
        # Wagtail's template localizes the date but leaves it in UTC.
        return timezone.localtime(self.object.created_at)


class ArgumentHistoryView(generic.HistoryView):
    """Staff who may read an argument may read its history (moderation's hide and restore):
    Wagtail asks for add, change or delete, which nobody holds on arguments."""

    any_permission_required = ["view"]


class ArgumentViewSet(SpaceItemViewSet):
    model = Argument
    name = "arguments"
    icon = "openquote"
    menu_label = _("Arguments")
    menu_order = 220
    space_field = "debate"
    # Staff read arguments, nothing more, not even a superuser. "change" stays refused until
    # moderation brings its own view (the Modération group already holds change_argument).
    refused_actions = frozenset({"add", "change", "delete"})
    inspect_view_class = ArgumentInspectView
    history_view_class = ArgumentHistoryView
    inspect_view_enabled = True

    list_display = [
        "title",
        Column("debate", label=DEBATE, sort_key="debate"),
        Column("get_stance_display", label=capfirst(_("position")), sort_key="stance"),
        Column("author", label=capfirst(_("author"))),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
        NumberColumn("useful_count", label=USEFUL, sort_key="useful_count"),
        NumberColumn("replies_count", label=REPLIES, sort_key="replies_count"),
        ModerationStatusColumn(),
    ]
    filterset_class = ArgumentFilterSet
    search_fields = ["title", "body"]

    # The author by public name only: an export never carries an email address.
    list_export = [
        "pk",
        "debate",
        "get_stance_display",
        "title",
        "body",
        "author.public_name",
        "created_at",
        "useful_count",
        "replies_count",
        "get_status_display",
    ]
    export_headings = {
        "pk": _("Number"),
        "debate": DEBATE,
        "get_stance_display": capfirst(_("position")),
        "author.public_name": capfirst(_("author")),
        "created_at": _("Date"),
        "useful_count": USEFUL,
        "replies_count": REPLIES,
        "get_status_display": MODERATION_STATUS,
    }
    export_filename = "arguments"

    # The policy refuses the add and edit views; Wagtail still builds a form class for them.
    form_fields = []
    inspect_view_fields = [
        "debate",
        "stance",
        "title",
        "body",
        "author",
        "created_at",
        "useful_count",
        "replies_count",
        "status",
        "hidden_reason",
    ]
