"""The moderators' forms. Each action goes through services, so that counters, the audit log
and the emails to authors follow whatever the form."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import services
from .models import ModeratorSettings, QueueItem, Reason

TEXT_HELP = _(
    "The author reads it in their email, and everyone reads it in place of the hidden text."
)


REASONS = [("", "—"), *((value, capfirst(label)) for value, label in Reason.choices)]


def explanation_field():
    return forms.CharField(
        label=_("Explanation"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=TEXT_HELP,
    )


def require_explanation(form, data):
    if data.get("reason") == Reason.OTHER and not data.get("text", "").strip():
        form.add_error("text", _("Explain the reason when you choose “other”."))


class HideForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=REASONS)
    text = explanation_field()

    def clean(self):
        data = super().clean()
        require_explanation(self, data)
        return data

    def perform(self, item, moderator):
        data = self.cleaned_data
        return services.hide(item, moderator, data["reason"], data["text"])


class RestoreForm(forms.Form):
    text = forms.CharField(
        label=_("Note for the history"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def perform(self, item, moderator):
        return services.restore(item, moderator, self.cleaned_data["text"])


class ApproveForm(forms.Form):
    def perform(self, item, moderator):
        return services.approve(item, moderator)


class ReviewForm(forms.Form):
    def perform(self, item, moderator):
        services.mark_reviewed(item, moderator)
        return True


class BulkForm(forms.Form):
    """Several rows of the queue at once: marked reviewed, or hidden for one same reason."""

    REVIEW, HIDE = "review", "hide"

    items = forms.ModelMultipleChoiceField(
        queryset=QueueItem.objects.all(),
        error_messages={"required": _("Select at least one item.")},
    )
    action = forms.ChoiceField(choices=[(REVIEW, _("Mark as reviewed")), (HIDE, _("Hide"))])
    reason = forms.ChoiceField(label=_("Reason"), choices=REASONS, required=False)
    text = explanation_field()

    def clean(self):
        data = super().clean()
        if data.get("action") == self.HIDE:
            if not data.get("reason"):
                self.add_error("reason", _("Choose the reason for hiding these items."))
            require_explanation(self, data)
        return data

    def perform_all(self, moderator):
        """Returns how many items changed (an item hidden already is not counted)."""
        data, done = self.cleaned_data, 0
        for row in data["items"].prefetch_related("item"):
            if row.item is None:
                continue
            if data["action"] == self.HIDE:
                done += services.hide(row.item, moderator, data["reason"], data["text"])
            else:
                services.mark_reviewed(row.item, moderator)
                done += 1
        return done


class SuspendForm(forms.Form):
    DATE = "date"

    duration = forms.ChoiceField(
        label=_("Duration"),
        choices=[
            ("1", _("1 day")),
            ("7", _("7 days")),
            ("30", _("30 days")),
            (DATE, _("Until a date")),
        ],
        initial="7",
        widget=forms.RadioSelect,
    )
    until = forms.DateField(
        label=_("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Included: the account may post again the next day."),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The resident reads it in their email."),
    )

    def clean(self):
        data = super().clean()
        if data.get("duration") == self.DATE:
            until = data.get("until")
            if not until:
                self.add_error("until", _("Choose the last day of the suspension."))
            elif until < timezone.localdate():
                self.add_error("until", _("Choose a day from today on."))
        return data

    def ends_at(self):
        data = self.cleaned_data
        if data["duration"] == self.DATE:
            next_day = data["until"] + datetime.timedelta(days=1)
            return timezone.make_aware(datetime.datetime.combine(next_day, datetime.time()))
        return timezone.now() + datetime.timedelta(days=int(data["duration"]))

    def perform(self, user, moderator):
        return services.suspend(user, moderator, self.ends_at(), self.cleaned_data["reason"])


class ModeratorSettingsForm(forms.ModelForm):
    class Meta:
        model = ModeratorSettings
        fields = ["report_digest"]
