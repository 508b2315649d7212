"""The Wagtail admin of what residents write in a space (contributions, arguments, and the next
types): a list filtered by space and moderation status, exported to CSV, XLSX and ODS, and no
delete. Staff never delete residents' content: moderators hide it and the row stays.

A participation app subclasses SpaceItemViewSet and SpaceItemFilterSet, names its space filter
with SpaceFilter, and registers the policy with register_space_item_policy() in its hooks.
"""

import django_filters
from django import forms
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .exports import CityExportMixin
from .models import ModerationStatus

RADIOS = {"widget": forms.RadioSelect, "empty_label": _("All")}
MODERATION_STATUS = _("Moderation status")


def spaces_with_campaign(space_model):
    """Every space of `space_model`, with the title of its campaign as `campaign_title`."""
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return space_model.objects.annotate(
        campaign_title=Subquery(parent.values("title")[:1])
    ).order_by("path")


class SpaceChoiceField(forms.ModelChoiceField):
    """A select of spaces named "Campaign — Space": many spaces share a title."""

    def label_from_instance(self, obj):
        return f"{obj.campaign_title} — {obj.title}"


class SpaceFilter(django_filters.ModelChoiceFilter):
    """The list's filter on the space an item belongs to, its choices named after campaigns."""

    field_class = SpaceChoiceField

    def __init__(self, space_model, **kwargs):
        super().__init__(queryset=spaces_with_campaign(space_model), **kwargs)


class SpaceItemFilterSet(WagtailFilterSet):
    """Adds the moderation status filter; subclasses add their SpaceFilter and their own."""

    status = django_filters.ChoiceFilter(
        label=MODERATION_STATUS, choices=ModerationStatus.choices, **RADIOS
    )


class ModerationStatusColumn(StatusTagColumn):
    """Published, hidden or awaiting moderation, the published ones in the primary colour."""

    def __init__(self, name="get_status_display", **kwargs):
        kwargs = {"label": MODERATION_STATUS, "sort_key": "status", **kwargs}
        super().__init__(name, primary=lambda item: item.is_published, **kwargs)


class RefusingPermissionPolicy(ModelPermissionPolicy):
    """Refuses some actions to everyone, superusers included: at least deleting."""

    def __init__(self, model, refused=frozenset({"delete"}), **kwargs):
        super().__init__(model, **kwargs)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)


class SpaceItemIndexView(CityExportMixin, generic.IndexView):
    """The list, with the space and the rows named in `select_related` fetched in one query."""

    select_related = []

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)


class SpaceItemViewSet(ModelViewSet):
    """What the lists of a space's items share; set model, name, space_field and the columns."""

    # The item's foreign key to its space, fetched with each row.
    space_field = "space"
    # Other foreign keys the columns read.
    list_select_related = ["author"]
    # Refused to everyone by the policy; "delete" always.
    refused_actions = frozenset({"delete"})

    index_view_class = SpaceItemIndexView
    add_to_admin_menu = True
    copy_view_enabled = False
    search_backend_name = None
    ordering = "-created_at"
    list_per_page = 50

    def get_index_view_kwargs(self, **kwargs):
        related = [self.space_field, *self.list_select_related]
        return super().get_index_view_kwargs(select_related=related, **kwargs)

    def get_permissions_to_register(self):
        """The refused permissions are not offered in the groups' settings, except "change",
        which stays grantable for moderation's own views."""
        model_name = self.model._meta.model_name
        hidden = [f"{action}_{model_name}" for action in self.refused_actions - {"change"}]
        return super().get_permissions_to_register().exclude(codename__in=hidden)


def register_space_item_policy(viewset_class):
    """Registers the policy refusing the viewset's refused actions on its model. Call it when
    the app's wagtail_hooks module loads: Wagtail needs it before any view asks for it."""
    model = viewset_class.model
    register_permission_policy(
        model, RefusingPermissionPolicy(model, viewset_class.refused_actions)
    )
