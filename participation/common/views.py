"""Following a campaign page: a POST from its follow button."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import services

# The page types residents may follow, named like Wagtail's parent_page_types.
FOLLOWABLE_PAGE_TYPES = {"campaign_pages.campaignpage"}


def _followable_page(page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    content_type = page.cached_content_type
    if f"{content_type.app_label}.{content_type.model}" not in FOLLOWABLE_PAGE_TYPES:
        raise Http404
    return page.specific


@require_POST
def follow_page(request, page_id):
    page = _followable_page(page_id)
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    action = request.POST.get("action")
    if action == "follow":
        services.follow(request.user, page)
        messages.success(request, _("You follow this campaign."))
    elif action == "unfollow":
        services.unfollow(request.user, page)
        messages.success(request, _("You no longer follow this campaign."))
    else:
        context = {"title": _("Bad request"), "message": _("Unknown action."), "page": page}
        return render(request, "participation/bad_request.html", context, status=400)
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(page.url)
