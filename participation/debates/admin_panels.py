"""The debate's results in its page editor: staff see them at any time."""

from wagtail.admin.panels import Panel

from . import services


class DebateResultsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "debates/admin/results_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["results"] = services.results(self.instance)
            context["counters"] = services.counters(self.instance)
            return context
