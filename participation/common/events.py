"""What happens in participation that residents may hear of, declared by the app it happens in.

Each app declares its events from its AppConfig.ready() and emits them from its services once
the change is stored; whoever wants to hear of them (the notifications, a webhook, the
statistics) connects to `happened` and never imports the app:

    events.declare(
        "contributions.answered",
        _("The city answers a contribution"),
        message=_("The city answered “{title}”"),
        tell=[
            events.Tell("answers", lambda contribution: [contribution.author_id]),
            events.Tell("answers", lambda contribution: followers(contribution)),
        ],
    )
    events.emit("contributions.answered", contribution, actor=staff, space=contribution.space)

Receivers get `sender` (the event's key), `item` (what changed), `actor` (who did it, never
told of it) and the details given. An event is sent once the surrounding transaction commits:
a rolled-back change tells no one.

A topic is what a resident chooses how to hear of (at once, in a daily or weekly digest, or
never): several events share one, and each `Tell` says which residents an event concerns and
under which topic. The first `Tell` that names a resident wins, so an app lists what concerns
a resident's own texts before what they follow.
"""

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models import Follow

happened = Signal()

_muted = ContextVar("participation_events_muted", default=False)


class Frequency:
    """How a resident hears of a topic by email (the site lists every notification anyway)."""

    IMMEDIATE = "immediate"
    DAILY = "daily"
    WEEKLY = "weekly"
    NEVER = "never"

    choices = [
        (IMMEDIATE, _("Email at once")),
        (DAILY, _("Daily digest")),
        (WEEKLY, _("Weekly digest")),
        (NEVER, _("No email")),
    ]


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    default: str
    # Shown under the label in the preferences.
    help_text: str = ""
    order: int = 100


@dataclass(frozen=True)
class Tell:
    """`who(item, **details)` gives the ids of the residents told, under `topic`."""

    topic: str
    who: Callable[..., Iterable[int]]


@dataclass(frozen=True)
class Event:
    key: str
    label: str
    # The line a resident reads, formatted with {title}: the title of what changed.
    message: str = ""
    tell: tuple = ()
    # (title, address on the site) of an item; by default its title and its page's address.
    describe: Callable | None = None
    # An email of its own (without extension: .txt, _subject.txt, optionally .html) and its
    # context, for events whose email says more than the line (moderation decisions).
    email_template: str = ""
    email_context: Callable | None = None
    extra: dict = field(default_factory=dict)


_events = {}
_topics = {}


def declare_topic(key, label, default, help_text="", order=100):
    _topics[key] = Topic(key, label, default, help_text, order)


def topics():
    """Every topic, in the order residents read them."""
    return sorted(_topics.values(), key=lambda topic: (topic.order, topic.key))


def topic(key):
    return _topics[key]


def declare(key, label, *, message="", tell=(), describe=None, **options):
    for told in tell:
        if told.topic not in _topics:
            raise LookupError(f"Event {key} tells under an undeclared topic: {told.topic}")
    _events[key] = Event(key, label, message, tuple(tell), describe, **options)


def declared():
    """Every declared event, by key."""
    return dict(_events)


def get(key):
    return _events[key]


def emit(key, item, actor=None, **details):
    if key not in _events:
        raise LookupError(f"Undeclared participation event: {key}")
    if _muted.get():
        return
    if actor is not None:
        details["actor"] = actor
    # robust: a failing listener is logged and never undoes or breaks what was stored.
    transaction.on_commit(lambda: happened.send_robust(sender=key, item=item, **details))


@contextmanager
def muted():
    """Nothing emitted inside tells anyone: for building many rows at once (the demo, an
    import) that are not news, where each would otherwise notify the followers."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def followers(*targets):
    """The ids of the residents who follow any of `targets` (rows or pages), one query."""
    wanted = Q(pk__in=[])
    for target in targets:
        if target is not None:
            content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
            wanted |= Q(content_type=content_type, object_id=target.pk)
    return list(Follow.objects.filter(wanted).values_list("user_id", flat=True).distinct())


def followers_in(space, *items):
    """The ids of the residents who follow `items`, the space they are in, or its campaign:
    who hears of news in a space."""
    return followers(*items, space) + page_followers(space.campaign_id)


def page_followers(*page_ids):
    """The ids of the residents who follow any of these pages, whatever their type."""
    pages = Page.objects.filter(pk__in=[pk for pk in page_ids if pk])
    return list(
        Follow.objects.filter(
            object_id__in=pages.values("pk"), content_type_id__in=pages.values("content_type_id")
        )
        .values_list("user_id", flat=True)
        .distinct()
    )
