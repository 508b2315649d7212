"""The city's official answer to what residents wrote: a contribution today, a question to an
official tomorrow. A status, a text, the staff account that wrote it, on whose behalf, and when.

Mix OfficialAnswer into the answered model, record answers with record_answer(), let staff
write them in a form built on OfficialAnswerForm, and show them to the public with
{% include "participation/includes/official_answer.html" with item=... %}.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .forms import reject_html


class AnswerStatus(models.TextChoices):
    UNDER_STUDY = "under_study", _("under study")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("not accepted")
    DONE = "done", _("done")


class OfficialAnswer(models.Model):
    """The city's answer; an empty status means not answered yet."""

    answer_status = models.CharField(
        _("answer status"), max_length=20, choices=AnswerStatus.choices, blank=True
    )
    answer_text = models.TextField(_("official answer"), blank=True)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Free text, read after "on behalf of": the staff account stays private, this is public.
    answered_on_behalf_of = models.CharField(
        _("on behalf of"),
        max_length=120,
        blank=True,
        help_text=_(
            'Shown after "on behalf of" in the heading of the answer, for example "Monsieur le '
            'maire" or "la direction des espaces verts". Leave empty when the city answers itself.'
        ),
    )

    class Meta:
        abstract = True

    @property
    def is_answered(self):
        return bool(self.answer_status)


ANSWER_FIELDS = ["answer_status", "answer_text", "answered_on_behalf_of"]


def record_answer(item, staff, status, text, on_behalf_of=""):
    """Stores `staff`'s answer on `item` (an OfficialAnswer), replacing any earlier one."""
    item.answer_status = status
    item.answer_text = text
    item.answered_on_behalf_of = on_behalf_of
    item.answered_at = timezone.now()
    item.answered_by = staff
    fields = [*ANSWER_FIELDS, "answered_at", "answered_by"]
    if hasattr(item, "updated_at"):
        fields.append("updated_at")
    item.save(update_fields=fields)
    return item


class OfficialAnswerForm(WagtailAdminModelForm):
    """The answer as staff write it: a status and a text are required, who it speaks for not."""

    answer_status = forms.ChoiceField(
        label=capfirst(_("answer status")), choices=AnswerStatus.choices
    )
    answer_text = forms.CharField(
        label=capfirst(_("official answer")),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        help_text=_("Shown at the top of the contribution, signed by the city."),
    )
    answered_on_behalf_of = forms.CharField(
        label=capfirst(_("on behalf of")),
        max_length=120,
        required=False,
        validators=[reject_html],
        help_text=OfficialAnswer._meta.get_field("answered_on_behalf_of").help_text,
    )

    def answer_data(self):
        """What record_answer() takes besides the item and the staff account."""
        data = self.cleaned_data
        return {
            "status": data["answer_status"],
            "text": data["answer_text"],
            "on_behalf_of": data.get("answered_on_behalf_of", ""),
        }
