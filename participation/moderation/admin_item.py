"""One item of the queue: its text as written, its reports, its history, and what to do."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import registry as log_registry

from participation.common.models import ModerationStatus

from .admin_access import ModeratorRequiredMixin
from .admin_forms import ApproveForm, HideForm, RestoreForm, ReviewForm
from .models import QueueItem, ReportStatus
from .queries import is_staff_account, kind_of, reports_of

ACTIONS = {
    "hide": (HideForm, _("Hidden. Its author is told by email.")),
    "restore": (RestoreForm, _("Restored. Its author is told by email.")),
    "approve": (ApproveForm, _("Approved: it is published.")),
    "review": (ReviewForm, _("Marked as reviewed.")),
}
NOTHING_DONE = _("Nothing changed: someone may have dealt with it in the meantime.")


class ItemView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "moderation/admin/item.html"
    header_icon = "warning"

    @cached_property
    def row(self):
        rows = QueueItem.objects.select_related("content_type", "author", "space", "campaign")
        return get_object_or_404(rows, pk=self.kwargs["pk"])

    @cached_property
    def item(self):
        if (item := self.row.item) is None:
            raise Http404
        return item

    def get_page_title(self):
        return capfirst(kind_of(self.row).label)

    def get_page_subtitle(self):
        return str(self.row)

    def get_breadcrumbs_items(self):
        queue = {"url": reverse("moderation_admin:index"), "label": _("Moderation")}
        return [*self.breadcrumbs_items, queue, {"url": "", "label": self.get_header_title()}]

    def available_actions(self):
        status = self.item.status
        return {
            "hide": status != ModerationStatus.HIDDEN,
            "restore": status == ModerationStatus.HIDDEN,
            "approve": status == ModerationStatus.PENDING,
            "review": True,
        }

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if not self.available_actions().get(action):
            messages.error(request, NOTHING_DONE)
            return self.render_to_response(self.get_context_data(), status=400)
        form_class, success = ACTIONS[action]
        form = form_class(request.POST, prefix=action)
        if not form.is_valid():
            messages.error(request, _("The action could not be done: see the errors below."))
            context = self.get_context_data(forms={action: form})
            return self.render_to_response(context, status=400)
        if form.perform(self.item, request.user):
            messages.success(request, success)
        else:
            messages.warning(request, NOTHING_DONE)
        return redirect("moderation_admin:item", self.row.pk)

    def get_context_data(self, forms=None, **kwargs):
        kind, item = kind_of(self.row), self.item
        space = kind.space_of(item)
        reports = list(reports_of(self.row))
        available = self.available_actions()
        forms = {
            action: (forms or {}).get(action) or form_class(prefix=action)
            for action, (form_class, _message) in ACTIONS.items()
            if available[action]
        }
        return super().get_context_data(
            row=self.row,
            item=item,
            title=kind.title_of(item),
            text=kind.text_of(item),
            author=item.author,
            may_suspend=not (item.author.is_deleted or is_staff_account(item.author)),
            space=space,
            campaign=space.get_parent() if space else None,
            public_url=kind.url_of(item),
            open_reports=[r for r in reports if r.status == ReportStatus.OPEN],
            past_reports=[r for r in reports if r.status != ReportStatus.OPEN],
            history=log_registry.get_logs_for_instance(item).select_related("user"),
            forms=forms,
            **kwargs,
        )
