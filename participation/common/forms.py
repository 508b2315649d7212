"""What every form residents send shares: a honeypot for robots, a submission key against
double submits, plain text only, and no bidirectional-override characters.

The honeypot is a text box people never see (off-screen, hidden from screen readers, out of the
tab order, its label saying to leave it empty) and robots fill in. The views refuse a filled one
before reading the form (guards.posting_refusal); a form sent without it counts as empty.
"""

import re
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_NAME = "website"
HONEYPOT_MESSAGE = _("Your submission could not be accepted.")


HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")
# Embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069): invisible characters
# that turn the text around them, and with it what a reader believes someone wrote.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


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


def without_bidi_controls(to_python):
    """Wraps a field's to_python so that the text it returns has no bidirectional controls."""

    def clean(value):
        value = to_python(value)
        return BIDI_CONTROLS.sub("", value) if isinstance(value, str) else value

    return clean


def is_text_field(field):
    plain = (HoneypotField, forms.UUIDField)
    return isinstance(field, forms.CharField) and not isinstance(field, plain)


class ResidentFormMixin(HoneypotMixin):
    """The base of every form a resident sends: the honeypot; a hidden submission key (a new
    UUID in each form shown, unless with_key=False) by which the services store what a double
    click sends twice only once; and every text field plain text without bidirectional
    controls."""

    def __init__(self, *args, with_key=True, **kwargs):
        if with_key:
            kwargs.setdefault("initial", {}).setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        if with_key:
            self.fields["submission_key"] = forms.UUIDField(
                widget=forms.HiddenInput, required=False
            )
        for field in self.fields.values():
            if is_text_field(field):
                field.to_python = without_bidi_controls(field.to_python)
                if reject_html not in field.validators:
                    field.validators.append(reject_html)
