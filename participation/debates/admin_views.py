"""Arguments in the Wagtail admin: a list to read, filter and export, and each one inspected.

Residents write arguments; staff only read them here. Nobody adds one in their name, nobody
rewrites or deletes one: moderation hides an argument and keeps its row.
"""

import django_filters
from django import forms
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from participation.common.models import ModerationStatus

from .exports import CityExportMixin
from .models import Argument, DebatePage, Stance

RADIOS = {"widget": forms.RadioSelect, "empty_label": _("All")}
USEFUL = _("Useful")
REPLIES = capfirst(_("replies"))
DEBATE = capfirst(_("debate"))


class ArgumentPermissionPolicy(ModelPermissionPolicy):
    """Staff read arguments, nothing more, not even a superuser. "change" stays refused until
    moderation brings its own view (the Modération group already holds change_argument)."""

    refused = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)


def debates_with_campaign():
    """Every debate, with the title of its campaign as `campaign_title`: titles repeat."""
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return DebatePage.objects.annotate(
        campaign_title=Subquery(parent.values("title")[:1])
    ).order_by("path")


class DebateChoiceField(forms.ModelChoiceField):
    """A select of debates named after their campaign."""

    def __init__(self, queryset=None, **kwargs):
        queryset = debates_with_campaign() if queryset is None else queryset
        super().__init__(queryset=queryset, **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.campaign_title} › {obj.title}"


class DebateFilter(django_filters.ModelChoiceFilter):
    field_class = DebateChoiceField


class ArgumentFilterSet(WagtailFilterSet):
    debate = DebateFilter(label=DEBATE, queryset=None)
    stance = django_filters.ChoiceFilter(
        label=capfirst(_("position")), choices=Stance.choices, **RADIOS
    )
    status = django_filters.ChoiceFilter(
        label=_("Moderation status"), choices=ModerationStatus.choices, **RADIOS
    )

    class Meta:
        model = Argument
        fields = ["debate", "stance", "status"]


class ArgumentIndexView(CityExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("debate", "author")


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


class ArgumentViewSet(ModelViewSet):
    model = Argument
    name = "arguments"
    icon = "openquote"
    menu_label = _("Arguments")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = ArgumentIndexView
    inspect_view_class = ArgumentInspectView
    history_view_class = ArgumentHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False

    list_display = [
        "title",
        Column("debate", label=DEBATE, sort_key="debate"),
        Column("get_stance_display", label=capfirst(_("position")), sort_key="stance"),
        Column("author", label=capfirst(_("author"))),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
        NumberColumn("useful_count", label=USEFUL, sort_key="useful_count"),
        NumberColumn("replies_count", label=REPLIES, sort_key="replies_count"),
        StatusTagColumn(
            "get_status_display",
            label=_("Moderation status"),
            sort_key="status",
            primary=lambda argument: argument.is_published,
        ),
    ]
    filterset_class = ArgumentFilterSet
    search_fields = ["title", "body"]
    search_backend_name = None
    ordering = "-created_at"
    list_per_page = 50

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
        "get_status_display": _("Moderation status"),
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

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .exclude(codename__in=["add_argument", "delete_argument"])
        )
