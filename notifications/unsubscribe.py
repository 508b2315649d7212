"""One-click unsubscribing (RFC 8058): a signed link stops one kind of email, without signing in.

A token names who (a kind of recipient and its id) and what (a topic, a digest or the
newsletter). Each kind of recipient has its handler: accounts here, the newsletter's
subscribers in the newsletter app, registered from its AppConfig.ready():

    unsubscribe.register("subscriber", stop_subscriber)

A handler `stop(pk, what)` stops the emails and returns what the person was unsubscribed
from, in words, or None when the token names no one any more.
"""

from urllib.parse import quote

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "agora.unsubscribe"

_handlers = {}


def register(kind, stop):
    _handlers[kind] = stop


def token(kind, pk, what):
    return signing.dumps([kind, pk, what], salt=SALT, compress=True)


def read(value):
    """(kind, pk, what) of a token; raises signing.BadSignature when it was not ours."""
    kind, pk, what = signing.loads(value, salt=SALT)
    if kind not in _handlers:
        raise signing.BadSignature(f"No unsubscribe handler for {kind}")
    return kind, pk, what


def stop(value):
    kind, pk, what = read(value)
    return _handlers[kind](pk, what)


def url(value):
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    return base + reverse("notifications:unsubscribe", args=[value])


def mailto(value):
    address = getattr(settings, "AGORA_UNSUBSCRIBE_EMAIL", "") or settings.DEFAULT_FROM_EMAIL
    return f"mailto:{address}?subject={quote('unsubscribe ' + value)}"


def headers(value):
    """The headers with which mail clients show their own "unsubscribe" button."""
    return {
        "List-Unsubscribe": f"<{url(value)}>, <{mailto(value)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
