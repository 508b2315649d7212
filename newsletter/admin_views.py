"""The editors' side of a letter: a test to oneself, the send with its confirmation, the sends.

Only those who may publish the letter may test or send it (403 otherwise). The send goes in two
steps: choosing the segment shows how many people it reaches; confirming starts it.
"""

import uuid

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from . import recipients, sending, sources
from .forms import SendForm
from .models import NewsletterPage, NewsletterSend
from .models.sending import Segment

PER_PAGE = 30


def forbidden(request):
    """A 403 page: Wagtail turns a PermissionDenied raised in the admin into a redirection."""
    return TemplateResponse(request, "newsletter/admin/forbidden.html", status=403)


class LetterMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    @cached_property
    def letter(self):
        return get_object_or_404(NewsletterPage, pk=self.kwargs["page_id"])

    def dispatch(self, request, *args, **kwargs):
        if not sending.can_send(request.user, self.letter):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.letter.title

    def get_breadcrumbs_items(self):
        letter = {"url": self.edit_url(), "label": self.letter.title}
        return [*self.breadcrumbs_items, letter, {"url": "", "label": self.page_title}]

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.letter.pk])


class TestSendView(LetterMixin, TemplateView):
    template_name = "newsletter/admin/test_send.html"
    page_title = _("Send a test to myself")

    def post(self, request, *args, **kwargs):
        sending.send_test(self.letter, request.user)
        messages.success(
            request,
            _("A test was sent to %(email)s.") % {"email": request.user.email},
        )
        return redirect(self.edit_url())


def campaign_choices():
    campaigns = sources.campaigns()
    if campaigns is None:
        return Page.objects.none()
    return campaigns


class SendView(LetterMixin, TemplateView):
    template_name = "newsletter/admin/send.html"
    page_title = _("Send the letter")

    def form(self, data=None):
        return SendForm(data, segments=Segment.choices, campaigns=campaign_choices())

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", self.form())
        return super().get_context_data(letter=self.letter, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.letter.live:
            messages.error(request, _("Publish the letter before sending it."))
            return redirect(self.edit_url())
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        segment = form.cleaned_data["segment"]
        campaign = form.cleaned_data["campaign"] if segment == Segment.CAMPAIGN else None
        if not form.cleaned_data["confirmed"]:
            context = self.get_context_data(
                form=form,
                confirming=True,
                count=recipients.count(segment, campaign),
                campaign=campaign,
                segment_label=Segment(segment).label,
                key=uuid.uuid4(),
            )
            return self.render_to_response(context)
        try:
            key = uuid.UUID(request.POST.get("key", ""))
        except ValueError:
            key = None
        send = sending.start(self.letter, request.user, segment, campaign, key=key)
        messages.success(request, _("The letter is being sent."))
        return redirect("newsletter_admin:send", send.pk)


class SendsMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        sends = {"url": reverse("newsletter_admin:sends"), "label": _("Newsletter sends")}
        return [*self.breadcrumbs_items, sends, {"url": "", "label": self.get_header_title()}]


class SendListView(SendsMixin, TemplateView):
    template_name = "newsletter/admin/sends.html"
    page_title = _("Newsletter sends")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        sends = NewsletterSend.objects.select_related("page", "started_by", "segment_campaign")
        page = Paginator(sends, PER_PAGE).get_page(self.request.GET.get("page"))
        return super().get_context_data(sends=page, **kwargs)


class SendDetailView(SendsMixin, TemplateView):
    template_name = "newsletter/admin/send_detail.html"
    page_title = _("Newsletter send")

    @cached_property
    def send(self):
        return get_object_or_404(
            NewsletterSend.objects.select_related("page", "started_by", "segment_campaign"),
            pk=self.kwargs["pk"],
        )

    def get_page_subtitle(self):
        return self.send.page.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(send=self.send, **kwargs)

    def post(self, request, *args, **kwargs):
        if not sending.can_send(request.user, self.send.page):
            return forbidden(request)
        sending.resume(self.send)
        messages.success(request, _("The send goes on with the recipients still waiting."))
        return redirect("newsletter_admin:send", self.send.pk)
