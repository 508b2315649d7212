"""The pages of notifications: the list, the preferences and one-click unsubscribing."""

from django.core import signing
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from participation.common import events

from . import unsubscribe as unsubscribing


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
