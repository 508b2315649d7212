"""What happens in participation that residents may follow, declared by the app it happens in.

Each app declares its events from its AppConfig.ready() and emits them from its services once
the change is stored; whoever wants to hear of them (the notifications to followers, a
webhook, the statistics) connects to `happened` and never imports the app:

    events.declare("contributions.answered", _("The city answered a contribution"))
    events.emit("contributions.answered", contribution, space=contribution.space)

Receivers get `sender` (the event's key), `item` (what changed) and the details given. An
event is sent once the surrounding transaction commits: a rolled-back change tells no one.
"""

from dataclasses import dataclass

from django.db import transaction
from django.dispatch import Signal

happened = Signal()

_events = {}


@dataclass(frozen=True)
class Event:
    key: str
    label: str


def declare(key, label):
    _events[key] = Event(key, label)


def declared():
    """Every declared event, by key: what a follower may choose to hear of."""
    return dict(_events)


def emit(key, item, **details):
    if key not in _events:
        raise LookupError(f"Undeclared participation event: {key}")
    transaction.on_commit(lambda: happened.send(sender=key, item=item, **details))
