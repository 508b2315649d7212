"""Contributions in the Wagtail admin: the list, the official answer and offline entry.

Staff never rewrite what a resident said: the edit view of a contribution is its answer form,
and the add view enters a contribution collected offline, through the same service as the
public form so that the counters of the space and its campaign move.
"""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.log_actions import log

from participation.common.admin import (
    RADIOS,
    ModerationStatusColumn,
    SpaceFilter,
    SpaceItemFilterSet,
    SpaceItemIndexView,
    SpaceItemViewSet,
)

from . import services
from .admin_forms import AnswerForm, OfflineContributionForm
from .admin_panels import ContributionPanel
from .models import AnswerStatus, ConsultationPage, Contribution, ContributionKind, Provenance

NOT_ANSWERED = "none"


class ContributionFilterSet(SpaceItemFilterSet):
    space = SpaceFilter(ConsultationPage, label=_("Space"))
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ContributionKind.choices, **RADIOS)
    provenance = django_filters.ChoiceFilter(
        label=_("Provenance"), choices=Provenance.choices, **RADIOS
    )
    answer_status = django_filters.ChoiceFilter(
        label=_("Answer status"),
        choices=[(NOT_ANSWERED, _("not answered yet")), *AnswerStatus.choices],
        method="filter_answer_status",
        **RADIOS,
    )

    class Meta:
        model = Contribution
        fields = ["space", "kind", "provenance", "answer_status", "status"]

    def filter_answer_status(self, queryset, name, value):
        return queryset.filter(answer_status="" if value == NOT_ANSWERED else value)


class ContributionIndexView(SpaceItemIndexView):
    @cached_property
    def add_item_label(self):
        return _("Enter an offline contribution")


class AnswerView(generic.EditView):
    """The official answer to a contribution, shown under the contribution as it was written."""

    page_title = _("Official answer")
    submit_button_label = _("Save the answer")
    success_message = _("Answer to '%(object)s' saved.")
    error_message = _("The answer could not be saved: see the errors below.")

    def save_instance(self):
        if not self.form.has_changed():
            return self.object
        contribution = services.answer(self.object, self.request.user, **self.form.answer_data())
        log(
            contribution,
            "contributions.answer",
            user=self.request.user,
            data={"status": contribution.answer_status},
        )
        return contribution


class OfflineContributionView(generic.CreateView):
    """A contribution collected on paper, by phone, at a workshop or by email, entered by staff."""

    # Wagtail would say "New" and "New: <model>", in French « Nouvel(le) : ... ».
    page_title = _("New offline contribution")

    def get_page_subtitle(self):
        return ""

    def get_breadcrumbs_items(self):
        *items, last = super().get_breadcrumbs_items()
        return [*items, {**last, "label": self.page_title}]

    submit_button_label = _("Save the contribution")
    success_message = _("Contribution '%(object)s' entered.")
    error_message = _("The contribution could not be saved: see the errors below.")

    def save_instance(self):
        contribution, created = services.create_contribution(
            self.form.cleaned_data["space"],
            author=self.request.user,
            submission_key=self.form.cleaned_data["submission_key"],
            **self.form.contribution_fields(),
        )
        if created:
            log(
                contribution,
                "contributions.enter_offline",
                user=self.request.user,
                data={"provenance": contribution.provenance},
            )
        return contribution


def answer_status_label(contribution):
    return contribution.get_answer_status_display() or _("not answered yet")


class ContributionViewSet(SpaceItemViewSet):
    model = Contribution
    name = "contributions"
    icon = "comment"
    menu_label = _("Contributions")
    menu_order = 210
    list_select_related = ["author", "category"]
    index_view_class = ContributionIndexView
    edit_view_class = AnswerView
    add_view_class = OfflineContributionView

    list_display = [
        "title",
        Column("space", label=_("Space")),
        Column("signature", label=_("Signed by")),
        Column("get_kind_display", label=_("Kind"), sort_key="kind"),
        Column("get_provenance_display", label=_("Provenance"), sort_key="provenance"),
        StatusTagColumn(
            "answer_status",
            accessor=answer_status_label,
            label=_("Answer"),
            sort_key="answer_status",
            primary=lambda contribution: bool(contribution.answer_status),
        ),
        NumberColumn("supports_count", label=_("Supports"), sort_key="supports_count"),
        NumberColumn("comments_count", label=_("Comments"), sort_key="comments_count"),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
        ModerationStatusColumn(),
    ]
    filterset_class = ContributionFilterSet
    search_fields = ["title", "body", "group_name", "signed_as"]

    list_export = [
        "pk",
        "space",
        "title",
        "body",
        "category",
        "get_kind_display",
        "get_provenance_display",
        "signature",
        "group_name",
        "meeting_date",
        "meeting_place",
        "participants",
        "supports_count",
        "comments_count",
        "created_at",
        "get_status_display",
        "get_answer_status_display",
        "answer_text",
        "answered_on_behalf_of",
        "answered_at",
    ]
    export_headings = {
        "pk": _("Number"),
        "space": _("Space"),
        "signature": _("Signed by"),
        "get_kind_display": _("Kind"),
        "get_provenance_display": _("Provenance"),
        "supports_count": _("Supports"),
        "comments_count": _("Comments"),
        "created_at": _("Date"),
        "get_status_display": _("Moderation status"),
        "get_answer_status_display": _("Answer status"),
    }
    export_filename = "contributions"

    answer_panel = ObjectList(
        [
            ContributionPanel(heading=_("The contribution")),
            MultiFieldPanel(
                [
                    FieldPanel("answer_status"),
                    FieldPanel("answer_text"),
                    FieldPanel("answered_on_behalf_of"),
                ],
                heading=_("Official answer"),
            ),
        ],
        base_form_class=AnswerForm,
    )
    offline_panel = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("space"), FieldPanel("provenance"), FieldPanel("kind")],
                heading=_("Where it comes from"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("signed_as"),
                    FieldPanel("group_name"),
                    FieldRowPanel([FieldPanel("meeting_date"), FieldPanel("meeting_place")]),
                    FieldPanel("participants"),
                ],
                heading=_("Who says it"),
                help_text=_(
                    "For a collective contribution, give the group's name, the meeting and the "
                    "number of participants; the spokesperson may go in « signed as »."
                ),
            ),
            MultiFieldPanel(
                [FieldPanel("title"), FieldPanel("body"), FieldPanel("category")],
                heading=_("What it says"),
            ),
        ],
        base_form_class=OfflineContributionForm,
    )

    @cached_property
    def bound_answer_panel(self):
        return self.answer_panel.bind_to_model(Contribution)

    @cached_property
    def bound_offline_panel(self):
        return self.offline_panel.bind_to_model(Contribution)

    def get_form_class(self, for_update=False):
        panel = self.bound_answer_panel if for_update else self.bound_offline_panel
        return panel.get_form_class()

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(panel=self.bound_offline_panel, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(panel=self.bound_answer_panel, **kwargs)
