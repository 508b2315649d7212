"""The pages of notifications: the list, the preferences, the follows, one-click unsubscribing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from participation.common import events
from participation.common.models import Follow

from . import profile, services
from . import unsubscribe as unsubscribing
from .forms import PreferencesForm
from .models import Notification

PER_PAGE = 20


@login_required
def notification_list(request):
    notifications = Notification.objects.filter(user=request.user).only(
        "pk", "message", "campaign", "created_at", "read_at", "url"
    )
    page = Paginator(notifications, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/notification_list.html", {"notifications": page})


@login_required
def open_notification(request, pk):
    """Marks the notification read and leads to what it is about (an address on the site)."""
    notification = get_object_or_404(Notification, pk=pk, user=request.user)
    services.mark_read(request.user, [notification.pk])
    url = notification.url
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts=None) and url.startswith("/"):
        return redirect(url)
    return redirect("notifications:list")


@login_required
@require_POST
def mark_all_read(request):
    if services.mark_read(request.user):
        messages.success(request, _("All your notifications are marked as read."))
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    current = {topic.key: frequency for topic, frequency in services.preferences_of(request.user)}
    form = PreferencesForm(request.POST or None, current=current)
    if request.method == "POST":
        if form.is_valid():
            for key, frequency in form.cleaned_data.items():
                if frequency != current.get(key):
                    services.set_preference(request.user, key, frequency)
            messages.success(request, _("Your notification preferences have been saved."))
            return redirect("notifications:preferences")
    status = 400 if form.errors else 200
    return render(request, "notifications/preferences.html", {"form": form}, status=status)


@login_required
@require_POST
def unfollow(request, pk):
    follow = get_object_or_404(Follow, pk=pk, user=request.user)
    title = profile.stop_following(request.user, follow)
    messages.success(request, _("You no longer follow “%(title)s”.") % {"title": title})
    return redirect("account_profile")


def _what_in_words(what):
    if what == "newsletter":
        return _("the newsletter")
    if what == events.Frequency.DAILY:
        return _("the daily digest")
    if what == events.Frequency.WEEKLY:
        return _("the weekly digest")
    try:
        return _("emails about: %(topic)s") % {"topic": events.topic(what).label}
    except KeyError:
        return _("these emails")


@csrf_exempt  # RFC 8058: mail clients post without cookies; the signed token is the proof.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks to confirm (link scanners follow links); POST stops, signed in or not."""
    try:
        kind, pk, what = unsubscribing.read(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    context = {"token": token, "what": _what_in_words(what)}
    if request.method == "POST":
        if unsubscribing.stop(token) is None:
            return render(request, "notifications/unsubscribe_invalid.html", status=404)
        return render(request, "notifications/unsubscribed.html", context)
    return render(request, "notifications/unsubscribe.html", context)
