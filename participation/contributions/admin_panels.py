"""Read-only panels of the admin: a contribution as its author wrote it, shown above the
answer form, and the number of contributions of a space, shown in the page editor."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from wagtail.admin.panels import Panel


class ContributionPanel(Panel):
    """What the resident (or the group) said: shown, never editable by staff."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "contributions/admin/contribution_panel.html"

        class Media:
            css = {"all": ["contributions/admin.css"]}

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["contribution"] = self.instance
            return context


class SpaceContributionsPanel(Panel):
    """ "N contributions", linking to the contributions list filtered on this space."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "contributions/admin/space_contributions_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        @cached_property
        def contributions(self):
            return self.instance.contributions.all()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            query = urlencode({"space": self.instance.pk})
            context["count"] = self.contributions.count()
            context["answered_count"] = self.contributions.answered().count()
            context["list_url"] = f"{reverse('contributions:index')}?{query}"
            return context
