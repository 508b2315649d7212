"""What every form residents send shares: plain text only, and a honeypot for robots.

The honeypot is a text box people never see (off-screen, hidden from screen readers, out of the
tab order, its label saying to leave it empty) and robots fill in. The views refuse a filled one
before reading the form (space_views.posting_refusal); a form sent without it counts as empty.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_NAME = "website"
HONEYPOT_MESSAGE = _("Your submission could not be accepted.")


HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")


def reject_html(value):
    """What residents write is plain text: a tag is refused rather than silently shown as text."""
    if value and HTML_TAG.search(value):
        raise forms.ValidationError(
            _("HTML is not accepted: write plain text, without tags between < and >."),
            code="html",
        )


def honeypot_filled(data):
    """True when the request's data carries something in the honeypot."""
    return bool(data.get(HONEYPOT_NAME, "").strip())


class HoneypotField(forms.CharField):
    """Rendered by includes/form_field.html, which hides a field without a label from people."""

    def __init__(self, **kwargs):
        attrs = {"tabindex": "-1", "autocomplete": "off"}
        kwargs.update(required=False, label="", widget=forms.TextInput(attrs=attrs))
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value.strip():
            raise forms.ValidationError(HONEYPOT_MESSAGE, code="honeypot")


class HoneypotMixin:
    """Adds the honeypot field to a form; a filled one never validates."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_NAME] = HoneypotField()
