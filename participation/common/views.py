"""Following a page (a campaign, a debate): a POST from its follow button."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import services
from .spaces import is_space


def _followable_page(page_id):
    """A live, public page whose class says `followable = True`; else 404."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if not getattr(page.specific_class, "followable", False):
        raise Http404
    return page.specific


def _messages(page):
    if not is_space(page):
        return _("You follow this campaign."), _("You no longer follow this campaign.")
    title = {"title": page.title}
    return _("You follow “%(title)s”.") % title, _("You no longer follow “%(title)s”.") % title


@require_POST
def follow_page(request, page_id):
    page = _followable_page(page_id)
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    action = request.POST.get("action")
    followed, unfollowed = _messages(page)
    if action == "follow":
        services.follow(request.user, page)
        messages.success(request, followed)
    elif action == "unfollow":
        services.unfollow(request.user, page)
        messages.success(request, unfollowed)
    else:
        context = {"title": _("Bad request"), "message": _("Unknown action."), "page": page}
        return render(request, "participation/bad_request.html", context, status=400)
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(page.url)
