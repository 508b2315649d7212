"""The topics every participation app shares, and the events of spaces opening and closing.

A topic is what a resident sets a frequency for in "Mes notifications" (see events.py). The
events of a particular app (a contribution answered, an argument replied to) are declared by
that app under these topics; a space opening or closing is the same for every kind of space.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published

from . import events
from .events import Frequency, Tell
from .spaces import is_space


def declare():
    events.declare_topic(
        "answers",
        _("Official answers"),
        Frequency.IMMEDIATE,
        _("The city answers a contribution you wrote or follow."),
        order=10,
    )
    events.declare_topic(
        "replies",
        _("Replies to what I wrote"),
        Frequency.IMMEDIATE,
        _("Someone comments on your contribution or replies to your comment or argument."),
        order=20,
    )
    events.declare_topic(
        "followed",
        _("News of what I follow"),
        Frequency.DAILY,
        _("New contributions, comments, arguments and spaces in what you follow."),
        order=40,
    )
    events.declare_topic(
        "closings",
        _("Closings and results"),
        Frequency.DAILY,
        _("A space or a debate you follow closes and shows its results."),
        order=50,
    )
    events.declare(
        "spaces.opened",
        _("A space opens in a campaign"),
        message=_("A new space opens: “{title}”"),
        tell=[Tell("followed", lambda space, **details: events.page_followers(space.campaign_id))],
    )
    events.declare(
        "spaces.closed",
        _("A space closes"),
        message=_("“{title}” is closed: its results are on its page"),
        tell=[
            Tell(
                "closings",
                lambda space, **details: events.followers_in(space),
            )
        ],
    )
    page_published.connect(_space_published, dispatch_uid="participation_space_opened")


def _space_published(sender, instance, **kwargs):
    """Tells a campaign's followers of a space the first time it is published."""
    if is_space(instance) and instance.first_published_at == instance.last_published_at:
        events.emit("spaces.opened", instance)
