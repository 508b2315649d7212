"""The letters and their public archive, which lists only the letters already sent."""

from django.core.paginator import Paginator
from django.db.models import Min
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from .. import views
from ..blocks import NewsletterBodyBlock
from ..forms import SubscribeForm
from .sending import SendStatus

SENT = [SendStatus.SENDING, SendStatus.DONE]
PER_PAGE = 12


class NewsletterIndexPage(RoutablePageMixin, Page):
    """« Lettres d'information »: the letters sent, newest first, and the form to subscribe."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterPage"]
    max_count = 1

    class Meta:
        verbose_name = _("newsletter archive")
        verbose_name_plural = _("newsletter archives")

    def sent_letters(self):
        return (
            NewsletterPage.objects.child_of(self)
            .live()
            .public()
            .filter(sends__status__in=SENT)
            .annotate(sent_on=Min("sends__created_at"))
            .order_by("-sent_on", "-pk")
        )

    @path("")
    def archive(self, request):
        return self.render(
            request, context_overrides=self.archive_context(request, SubscribeForm())
        )

    def archive_context(self, request, form):
        letters = Paginator(self.sent_letters(), PER_PAGE).get_page(request.GET.get("page"))
        return {"letters": letters, "form": form}

    @path("inscription/", name="subscribe")
    def subscribe(self, request):
        return views.subscribe(request, self)

    # The token goes in the query string: Wagtail serves only paths of letters, digits and dashes.
    @path("confirmation/", name="confirm")
    def confirm(self, request):
        return views.confirm(request, self, request.GET.get("jeton", ""))


class NewsletterPage(Page):
    """« Lettre d'information »: a letter built from blocks, shown on the site once sent."""

    body = StreamField(NewsletterBodyBlock(), verbose_name=_("content"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []
    preview_modes = [("web", _("Web")), ("email", _("Email"))]
    default_preview_mode = "web"

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")

    @property
    def is_sent(self):
        return self.sends.filter(status__in=SENT).exists()

    def sent_on(self):
        first = self.sends.filter(status__in=SENT).order_by("created_at").first()
        return first.created_at if first else None

    def serve(self, request, *args, **kwargs):
        if not self.is_sent:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            from ..rendering import render_email

            return HttpResponse(render_email(self).html)
        return super().serve(request)
