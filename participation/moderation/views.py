"""Residents report an item: /moderation/signaler/<slug>/<pk>/, for every registered kind.

The page renders through the item's space (breadcrumb, campaign) like the space's own pages, and
refuses like them: a suspended account (403), a robot (400), too many reports (429).
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from participation.common import moderated as registry
from participation.common.space_views import guard, rate_limited, refuse, render_space

from . import services
from .forms import ReportForm

TEMPLATE = "moderation/report_form.html"
EXCERPT_WORDS = 60


def _reported_item(slug, pk):
    """The published item and its kind, in a live space; else 404."""
    kind = registry.by_slug(slug)
    if kind is None:
        raise Http404
    item = get_object_or_404(kind.model.objects.published(), pk=pk)
    space = kind.space_of(item)
    if space is None or not space.live:
        raise Http404
    return kind, item, space


def _restricted(request, space):
    """True when the space is behind a Wagtail view restriction this request does not pass."""
    return any(not r.accept_request(request) for r in space.get_view_restrictions())


def _render(request, space, kind, item, form=None, status=200, already=False):
    return render_space(
        request,
        space,
        TEMPLATE,
        status,
        form=form,
        already=already,
        item_url=kind.url_of(item),
        item_kind=kind.label,
        item_title=kind.title_of(item),
        item_author=item.author.public_name,
        item_excerpt=Truncator(kind.text_of(item)).words(EXCERPT_WORDS),
    )


def report(request, slug, pk):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    kind, item, space = _reported_item(slug, pk)
    if _restricted(request, space):
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if item.is_authored_by(request.user):
        return refuse(request, space, _("You cannot report what you wrote yourself."))
    if refusal := guard(request, space):
        return refusal
    if request.method == "GET":
        already = services.has_open_report(request.user, item)
        form = None if already else ReportForm()
        return _render(request, space, kind, item, form, already=already)
    form = ReportForm(request.POST)
    if not form.is_valid():
        return _render(request, space, kind, item, form, status=400)
    if refusal := rate_limited(request, space, "report"):
        return refusal
    _report, created = services.report(
        request.user, item, form.cleaned_data["reason"], form.cleaned_data["text"]
    )
    if created:
        messages.success(
            request,
            _("Thank you, your report has been received. The moderation team will examine it."),
        )
    else:
        messages.info(request, _("You have already reported this content; it is being examined."))
    return redirect(kind.url_of(item))
