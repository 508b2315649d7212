"""What the public views of every participation space share.

A space's views are served below its page by its routes; they render through `space.render`,
so that templates get `page`, `self` and `request` like any Wagtail page, plus `campaign`.
"""

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from participation.moderation.services import active_suspension, suspension_message

from .forms import HONEYPOT_MESSAGE, honeypot_filled
from .ratelimit import allow_request

REFUSED_TEMPLATE = "participation/refused.html"


def render_space(request, space, template, status=200, **context):
    context.setdefault("campaign", space.get_parent())
    response = space.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def refuse(request, space, message, status=403, title=None):
    """A French page saying why the action is refused, with the right status code."""
    title = title or _("Action not possible")
    return render_space(request, space, REFUSED_TEMPLATE, status, message=message, title=title)


def bad_request(request, space, message):
    return refuse(request, space, message, status=400, title=_("Bad request"))


def too_many(request, space):
    message = _(
        "You have posted a lot in a short time. To protect the debate, please wait a few "
        "minutes before posting again."
    )
    return refuse(request, space, message, status=429, title=_("Please wait a moment"))


def suspension_notice(user):
    """What a suspended resident reads instead of the forms to post, or ""."""
    suspension = active_suspension(user)
    return suspension_message(suspension) if suspension else ""


def posting_refusal(request, space):
    """The checks every view where a signed-in resident posts shares, before reading the form:
    a suspended account may read but not post (403), a filled honeypot betrays a robot (400).
    Returns the refusal, or None."""
    if notice := suspension_notice(request.user):
        return refuse(request, space, notice, title=_("Your account is suspended"))
    if request.method == "POST" and honeypot_filled(request.POST):
        return bad_request(request, space, str(HONEYPOT_MESSAGE))
    return None


def rate_limited(request, space, action):
    """A 429 page once the resident, or their address, posted `action` too often; else None."""
    if allow_request(request, action):
        return None
    return too_many(request, space)


def back(request, fallback):
    """Where to go after a POST: the `next` field when it is on this site, else `fallback`."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)
