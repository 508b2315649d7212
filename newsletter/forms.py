from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.consents import NEWSLETTER_CONSENT_LABEL
from participation.common.forms import HoneypotMixin


class SubscribeForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter a valid email address, such as nom@exemple.fr.")},
    )
    consent = forms.BooleanField(
        label=NEWSLETTER_CONSENT_LABEL,
        error_messages={"required": _("Tick the box to receive the newsletter.")},
    )


class SendForm(forms.Form):
    """Which segment a letter goes to; the campaign only for its followers."""

    segment = forms.ChoiceField(label=_("Send to"), widget=forms.RadioSelect)
    campaign = forms.ModelChoiceField(label=_("Campaign"), queryset=None, required=False)
    confirmed = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, segments, campaigns, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["segment"].choices = segments
        self.fields["campaign"].queryset = campaigns

    def clean(self):
        data = super().clean()
        if data.get("segment") == "campaign" and not data.get("campaign"):
            self.add_error("campaign", _("Choose the campaign whose followers receive the letter."))
        return data
