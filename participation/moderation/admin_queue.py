"""The moderation queue: what is reported, waiting or not read yet, and bulk actions on it."""

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Page

from participation.common import moderated as registry
from participation.common.models import ModerationStatus

from .admin_access import ModeratorRequiredMixin
from .admin_forms import BulkForm
from .models import QueueItem, Report
from .queries import kind_label, with_open_reasons

REPORTS = capfirst(Report._meta.verbose_name_plural)
TO_REVIEW = "to_review"
STATUSES = {
    TO_REVIEW: (_("To review"), lambda rows: rows.to_review()),
    "reported": (_("Reported"), lambda rows: rows.filter(open_reports__gt=0)),
    "pending": (
        capfirst(ModerationStatus.PENDING.label),
        lambda rows: rows.filter(status=ModerationStatus.PENDING),
    ),
    "hidden": (
        capfirst(ModerationStatus.HIDDEN.label),
        lambda rows: rows.filter(status=ModerationStatus.HIDDEN),
    ),
    "reviewed": (_("Reviewed"), lambda rows: rows.filter(reviewed_at__isnull=False)),
    "all": (_("All"), lambda rows: rows),
}


def kind_choices():
    return [(kind.slug, capfirst(kind.label)) for kind in registry.all_types()]


def campaigns_in_queue():
    return Page.objects.filter(pk__in=QueueItem.objects.values("campaign_id")).order_by("title")


class QueueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(key, label) for key, (label, _filter) in STATUSES.items()],
        method="filter_status",
        empty_label=None,
        initial=TO_REVIEW,
        widget=forms.RadioSelect,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=kind_choices,
        method="filter_kind",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    campaign = django_filters.ModelChoiceFilter(
        label=_("Campaign"), queryset=campaigns_in_queue(), empty_label=_("All")
    )

    class Meta:
        model = QueueItem
        fields = ["status", "kind", "campaign"]

    def __init__(self, data=None, *args, **kwargs):
        """Without a status in the address, the queue shows what is left to review."""
        if data is not None and not data.get("status"):
            data = data.copy()
            data["status"] = TO_REVIEW
        super().__init__(data, *args, **kwargs)

    def filter_status(self, queryset, name, value):
        return STATUSES[value][1](queryset)

    def filter_kind(self, queryset, name, value):
        model = registry.by_slug(value).model
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        return queryset.filter(content_type=content_type)


class SelectColumn(BaseColumn):
    header_template_name = "moderation/admin/cells/select_all.html"
    cell_template_name = "moderation/admin/cells/select.html"


class TemplateColumn(Column):
    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template


def place(row):
    return " › ".join(page.title for page in (row.campaign, row.space) if page)


def author_name(row):
    return row.author.public_name if row.author else "—"


class QueueView(ModeratorRequiredMixin, BaseListingView):
    page_title = _("Moderation")
    header_icon = "warning"
    results_template_name = "moderation/admin/queue_results.html"
    index_url_name = "moderation_admin:index"
    index_results_url_name = "moderation_admin:index_results"
    filterset_class = QueueFilterSet
    paginate_by = 50

    columns = [
        SelectColumn("select"),
        Column("kind", label=_("Type"), accessor=kind_label),
        TemplateColumn("title", "moderation/admin/cells/title.html", label=_("Text")),
        Column("author", label=_("Author"), accessor=author_name),
        Column("place", label=_("Campaign and space"), accessor=place),
        DateColumn("created_at", label=_("Date")),
        TemplateColumn("reports", "moderation/admin/cells/reports.html", label=REPORTS),
        TemplateColumn("status", "moderation/admin/cells/status.html", label=_("Status")),
    ]

    def get_base_queryset(self):
        return QueueItem.objects.in_queue_order().select_related(
            "content_type", "author", "space", "campaign"
        )

    def filter_queryset(self, queryset):
        """An address with a filter value gone stale (a campaign no longer in the queue) shows
        what is left to review rather than everything."""
        if self.filters and not self.filters.is_valid():
            return STATUSES[TO_REVIEW][1](queryset)
        return super().filter_queryset(queryset)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = with_open_reasons(rows)
        return paginator, page, page.object_list, is_paginated

    @cached_property
    def no_results_message(self):
        return _("Nothing to moderate here.")

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("My moderation settings"),
                url=reverse("moderation_admin:settings"),
                icon_name="cog",
            )
        ]

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        queue_url = self.index_url + (f"?{query.urlencode()}" if query else "")
        return super().get_context_data(
            bulk_form=BulkForm(), bulk_url=reverse("moderation_admin:bulk"), queue_url=queue_url
        )


class BulkActionView(ModeratorRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = BulkForm(request.POST)
        if form.is_valid():
            done = form.perform_all(request.user)
            messages.success(request, self.success_message(form.cleaned_data["action"], done))
        else:
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        return redirect(self.back_url())

    def back_url(self):
        url = self.request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(
            url, {self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return url
        return reverse("moderation_admin:index")

    def success_message(self, action, done):
        if action == BulkForm.HIDE:
            return ngettext("%(count)d item hidden.", "%(count)d items hidden.", done) % {
                "count": done
            }
        return ngettext(
            "%(count)d item marked as reviewed.", "%(count)d items marked as reviewed.", done
        ) % {"count": done}
