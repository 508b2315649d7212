"""What the public views of every participation space share.

A space's views are served below its page by its routes; they render through `space.render`,
so that templates get `page`, `self` and `request` like any Wagtail page, plus `campaign`.
The rules of posting live in guards.py; here they become pages.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from . import guards, services

REFUSED_TEMPLATE = "participation/refused.html"


def render_space(request, space, template, status=200, **context):
    context.setdefault("campaign", space.get_parent())
    response = space.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def listing_page(request, items, per_page, param="page"):
    """The page of `items` the query parameter `param` asks for, its rows in a list, and the
    query string without `param`, for the pager's links. Returns (page, query)."""
    page = Paginator(items, per_page).get_page(request.GET.get(param))
    page.object_list = list(page.object_list)
    query = request.GET.copy()
    query.pop(param, None)
    return page, query.urlencode()


def item_or_404(queryset, pk, user):
    """The item `pk` of `queryset`; one awaiting moderation exists for its author only."""
    item = get_object_or_404(queryset, pk=pk)
    if item.is_pending and not item.is_authored_by(user):
        raise Http404
    return item


def refuse(request, space, message, status=403, title=None):
    """A French page saying why the action is refused, with the right status code."""
    title = title or _("Action not possible")
    return render_space(request, space, REFUSED_TEMPLATE, status, message=message, title=title)


def bad_request(request, space, message):
    return refuse(request, space, message, status=400, title=_("Bad request"))


def refusal_page(request, space, refusal, next_url=None):
    """The page of a guards.Refusal: the sign-in page for a visitor, else the refused page."""
    if refusal.needs_sign_in:
        return redirect_to_login(next_url or request.get_full_path())
    return refuse(request, space, refusal.message, refusal.status, str(refusal.title))


def guard(request, space, closed_title=None, next_url=None):
    """The posting chain of guards.py for this request, as a page, or None to go on.
    With `closed_title` the space must be open; without, it may be closed."""
    data = request.POST if request.method == "POST" else None
    checked_space = space if closed_title else None
    refusal = guards.posting_refusal(request.user, data, checked_space, closed_title)
    return refusal_page(request, space, refusal, next_url) if refusal else None


def rate_limited(request, space, action):
    """A 429 page once the resident, or their address, posted `action` too often; else None."""
    refusal = guards.rate_refusal(request, action)
    return refusal_page(request, space, refusal) if refusal else None


suspension_notice = guards.account_notice


def carry_out(request, space, action, do):
    """`do()` within the rate limit of `action` (none when None). Returns (what it returned,
    None), or (None, a refusal page: too many, or the PermissionDenied it raised)."""
    if action and (refusal := rate_limited(request, space, action)):
        return None, refusal
    try:
        return do(), None
    except PermissionDenied as error:
        return None, refuse(request, space, str(error))


def post_once(request, space, form, action, store, notices):
    """What a valid resident form posts: the row it already stored (a second click, nothing
    said), or, within the rate limit of `action`, the row `store(key)` stores now, with the
    message of `notices` (received: awaiting moderation, published). Returns (row, refusal)."""
    key = form.cleaned_data.get("submission_key")
    if found := services.sent_with(form.stored_model, request.user, key):
        return found, None
    stored, refusal = carry_out(request, space, action, lambda: store(key))
    if refusal:
        return None, refusal
    row, _created = stored
    received, published = notices
    messages.success(request, received if row.is_pending else published)
    return row, None


def toggle(request, space, item, actions, fallback, rate_action=None):
    """A POST switching a toggle (support, useful mark, follow): `actions` maps the posted
    `action` to (switch(item, user), the message to show); then back to `fallback`."""
    chosen = actions.get(request.POST.get("action"))
    if chosen is None:
        return bad_request(request, space, _("Unknown action."))
    switch, message = chosen
    _switched, refusal = carry_out(request, space, rate_action, lambda: switch(item, request.user))
    if refusal:
        return refusal
    messages.success(request, message)
    return back(request, fallback)


def back(request, fallback):
    """Where to go after a POST: the `next` field when it is on this site, else `fallback`."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)
