"""The admin form of a debate page."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class DebatePageForm(WagtailAdminPageForm):
    """Refuses to remove a vote option that residents already chose: their votes would go."""

    def clean(self):
        cleaned_data = super().clean()
        options = self.formsets.get("options")
        for form in getattr(options, "deleted_forms", []):
            option = form.instance
            if option.pk and option.votes.exists():
                self.add_error(
                    None,
                    _("The option “%(label)s” already has votes: it cannot be removed.")
                    % {"label": option.label},
                )
        return cleaned_data
