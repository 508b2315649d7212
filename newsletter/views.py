"""The public side: subscribing from the archive page, and the confirmation link.

Both are routes of NewsletterIndexPage (models/pages.py), so the site's URLs need nothing more.
"""

from types import SimpleNamespace
from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from participation.common import ratelimit
from participation.common.forms import HONEYPOT_MESSAGE, honeypot_filled

from . import subscribers
from .forms import SubscribeForm


def _within_limits(request, email):
    """Per client address and per email address: ratelimit counts per "account" key, which
    for a visitor without one is their address, or the address they typed."""
    limit = ratelimit.LIMITS[subscribers.RATE_ACTION]
    address = SimpleNamespace(pk=f"address:{ratelimit.client_address(request)}")
    by_address = ratelimit.allow(subscribers.RATE_ACTION, address, limit.per_address, limit.period)
    by_email = ratelimit.allow(
        subscribers.RATE_ACTION,
        SimpleNamespace(pk=f"email:{email}"),
        limit.per_account,
        limit.period,
    )
    return by_address and by_email


def _archive(request, page, form, status, notice=""):
    context = {**page.archive_context(request, form), "notice": notice}
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def subscribe(request, page):
    if request.method != "POST":
        return redirect(page.url)
    if honeypot_filled(request.POST):
        return _archive(request, page, SubscribeForm(), 400, str(HONEYPOT_MESSAGE))
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return _archive(request, page, form, 400)
    email = form.cleaned_data["email"].strip().lower()
    if not _within_limits(request, email):
        notice = _("Too many requests in a short time: please try again in an hour.")
        return _archive(request, page, SubscribeForm(), 429, notice)
    confirm_path = page.url + page.reverse_subpage("confirm")
    subscribers.subscribe(email, lambda token: f"{confirm_path}?{urlencode({'jeton': token})}")
    messages.success(
        request,
        _(
            "Thank you. If this address is not yet subscribed, a confirmation link is on its "
            "way: the newsletter starts once you follow it."
        ),
    )
    return redirect(page.url)


def confirm(request, page, token):
    """GET asks for a click on a button (mail scanners follow links); POST confirms."""
    if request.method == "GET" and subscribers.read_token(token):
        return page.render(
            request,
            template="newsletter/confirm.html",
            context_overrides={"confirm_url": request.get_full_path()},
        )
    subscriber = subscribers.confirm(token) if request.method == "POST" else None
    if subscriber is None:
        notice = _(
            "This confirmation link is not valid or has expired. Subscribe again to receive a "
            "new one."
        )
        return _archive(request, page, SubscribeForm(), 400, notice)
    messages.success(
        request, _("Your subscription is confirmed: you will receive the next letter.")
    )
    return redirect(page.url)
