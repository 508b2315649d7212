"""The form a resident fills to report an item."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.common.forms import HoneypotMixin

from .models import Reason


class ReportForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this content?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a reason."),
            "invalid_choice": _("Choose one of the reasons listed."),
        },
    )
    text = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "What breaks the charter, in a few words: 1,000 characters at most. Only the "
            "moderators read it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = [
            (value, str(label).capitalize()) for value, label in Reason.choices
        ]
