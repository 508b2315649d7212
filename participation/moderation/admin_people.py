"""People, as moderators see them: suspending a resident, and a moderator's own settings."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .admin_access import ModeratorRequiredMixin
from .admin_forms import ModeratorSettingsForm, SuspendForm
from .models import ModeratorSettings
from .queries import is_staff_account

STAFF_REFUSED = _("Staff accounts cannot be suspended.")


class ModerationPageMixin(ModeratorRequiredMixin, WagtailAdminTemplateMixin):
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        queue = {"url": reverse("moderation_admin:index"), "label": _("Moderation")}
        return [*self.breadcrumbs_items, queue, {"url": "", "label": self.get_header_title()}]


class SuspendView(ModerationPageMixin, TemplateView):
    template_name = "moderation/admin/suspend.html"
    page_title = _("Suspend an account")

    @cached_property
    def person(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.person.public_name

    def post(self, request, *args, **kwargs):
        active = services.active_suspension(self.person)
        if request.POST.get("action") == "lift":
            if active:
                services.lift_suspension(active, request.user)
                messages.success(request, _("The suspension is lifted."))
            return redirect(request.path)
        if refusal := self.refusal(active):
            messages.error(request, refusal)
            return self.render_to_response(self.get_context_data(), status=400)
        form = SuspendForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The account could not be suspended: see the errors below."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.perform(self.person, request.user)
        messages.success(request, _("The account is suspended. Its owner is told by email."))
        return redirect(request.path)

    def refusal(self, active):
        if is_staff_account(self.person):
            return STAFF_REFUSED
        if active:
            return _("This account is already suspended: lift the suspension first.")
        return None

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(
            person=self.person,
            is_staff_account=is_staff_account(self.person),
            active=services.active_suspension(self.person),
            suspensions=self.person.suspensions.select_related("created_by"),
            form=form or SuspendForm(),
            **kwargs,
        )


class SettingsView(ModerationPageMixin, TemplateView):
    template_name = "moderation/admin/settings.html"
    page_title = _("My moderation settings")

    def get_form(self, data=None):
        settings = ModeratorSettings.objects.filter(user=self.request.user).first()
        return ModeratorSettingsForm(data, instance=settings)

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        ModeratorSettings.objects.update_or_create(user=request.user, defaults=form.cleaned_data)
        messages.success(request, _("Your settings are saved."))
        return redirect("moderation_admin:index")

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(form=form or self.get_form(), **kwargs)
