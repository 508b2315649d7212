"""The campaign's spaces in its page editor: each with its type, state and edit link, and one
button per space type to add one under the campaign in a single step.

Knows spaces only through the contract in participation.common (child_spaces, space_models,
state_labels), never through a participation app.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from wagtail.admin.panels import Panel

from participation.common.spaces import child_spaces, space_models


@dataclass
class SpaceRow:
    page: object
    type_label: str
    states: list
    edit_url: str


@dataclass
class AddButton:
    label: str
    url: str


def type_label(model):
    return capfirst(model._meta.verbose_name)


class CampaignSpacesPanel(Panel):
    """Lists the campaign's spaces, live or draft, and offers to add one of each type."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaign_pages/admin/spaces_panel.html"

        def is_shown(self):
            # A campaign being created has no place in the tree yet: nothing to add under it.
            return bool(self.instance.pk)

        @cached_property
        def spaces(self):
            return [
                SpaceRow(
                    page=space,
                    type_label=type_label(type(space)),
                    states=space.state_labels,
                    edit_url=reverse("wagtailadmin_pages:edit", args=[space.pk]),
                )
                for space in child_spaces(self.instance, live_only=False)
            ]

        @cached_property
        def add_buttons(self):
            campaign = self.instance
            if not campaign.permissions_for_user(self.request.user).can_add_subpage():
                return []
            return [
                AddButton(
                    label=type_label(model),
                    url=reverse(
                        "wagtailadmin_pages:add",
                        args=[model._meta.app_label, model._meta.model_name, campaign.pk],
                    ),
                )
                for model in space_models()
                if model.can_create_at(campaign)
            ]

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(spaces=self.spaces, add_buttons=self.add_buttons)
            return context
