"""The two forms staff fill in about contributions: the official answer, and a contribution
collected offline (on paper, by phone, at a workshop, by email) entered on someone's behalf."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from participation.common.admin import SpaceChoiceField, spaces_with_campaign
from participation.common.answers import OfficialAnswerForm
from participation.common.forms import reject_html

from .models import (
    ConsultationCategory,
    ConsultationPage,
    ContributionKind,
    Provenance,
)

OFFLINE_PROVENANCES = [choice for choice in Provenance.choices if choice[0] != Provenance.ONLINE]
MAX_PARTICIPANTS = 5000


def grouped_categories():
    """The categories as choices grouped by space, for a select with one group per space."""
    groups = {}
    categories = ConsultationCategory.objects.select_related("page").order_by(
        "page__path", "sort_order"
    )
    for category in categories:
        groups.setdefault(category.page.title, []).append((category.pk, category.name))
    return [("", "---------"), *groups.items()]


class AnswerForm(OfficialAnswerForm):
    """The city's answer; what the resident wrote is not in this form."""


# What a resident said is kept as plain text, whoever types it in.
PLAIN_TEXT_FIELDS = ["title", "body", "signed_as", "group_name", "meeting_place"]


class OfflineContributionForm(WagtailAdminModelForm):
    """A contribution received on paper, by phone, at a workshop or by email."""

    space = SpaceChoiceField(
        queryset=spaces_with_campaign(ConsultationPage), label=capfirst(_("contribution space"))
    )
    provenance = forms.ChoiceField(label=capfirst(_("provenance")), choices=OFFLINE_PROVENANCES)
    kind = forms.ChoiceField(
        label=capfirst(_("kind")), choices=ContributionKind.choices, widget=forms.RadioSelect
    )
    category = forms.TypedChoiceField(
        label=capfirst(_("category")),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("It must be one of the categories of the chosen space."),
    )
    participants = forms.IntegerField(
        label=capfirst(_("number of participants")),
        min_value=1,
        max_value=MAX_PARTICIPANTS,
        initial=1,
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = grouped_categories()
        for name in PLAIN_TEXT_FIELDS:
            if name in self.fields:
                self.fields[name].validators.append(reject_html)

    def clean(self):
        data = super().clean()
        space = data.get("space")
        if space is None:
            return data
        self._check_kind(space, data.get("kind"))
        self._check_category(space, data)
        if data.get("kind") == ContributionKind.COLLECTIVE:
            self._check_group(data)
        else:
            data.update(group_name="", meeting_date=None, meeting_place="", participants=1)
            if not data.get("signed_as"):
                self.add_error("signed_as", _("Say who this contribution comes from."))
        return data

    def _check_kind(self, space, kind):
        if kind and kind not in space.allowed_kinds:
            self.add_error("kind", _("This space does not accept this kind of contribution."))

    def _check_category(self, space, data):
        category_id = data.get("category")
        if category_id is None:
            return
        category = ConsultationCategory.objects.filter(pk=category_id, page=space).first()
        if category is None:
            self.add_error("category", _("This category does not belong to the chosen space."))
        data["category"] = category

    def _check_group(self, data):
        if not data.get("group_name"):
            self.add_error("group_name", _("Give the name of the group."))
        meeting_date = data.get("meeting_date")
        if meeting_date and meeting_date > timezone.localdate():
            self.add_error("meeting_date", _("The meeting cannot be in the future."))

    def contribution_fields(self):
        """What to give services.create_contribution, besides the space and the author."""
        names = [
            "kind",
            "provenance",
            "signed_as",
            "group_name",
            "meeting_date",
            "meeting_place",
            "participants",
            "title",
            "body",
            "category",
        ]
        return {name: self.cleaned_data[name] for name in names}
