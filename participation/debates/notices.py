"""What residents hear of debates (see participation/common/events.py): who, under which topic.
What concerns a resident's own text comes first: the first Tell naming them wins."""

from django.utils.translation import gettext_lazy as _

from participation.common import events
from participation.common.events import Tell


def declare():
    events.declare(
        "debates.argued",
        _("An argument is published in a debate"),
        message=_("New argument in the debate “{title}”"),
        describe=lambda argument: (
            argument.debate.title,
            f"{argument.get_absolute_url()}",
        ),
        tell=[
            Tell(
                "followed",
                lambda argument, space, **details: events.followers_in(space),
            )
        ],
    )
    events.declare(
        "debates.replied",
        _("Someone replies to an argument"),
        message=_("New reply to the argument “{title}”"),
        describe=lambda reply: (reply.argument.title, reply.argument.get_absolute_url()),
        tell=[
            Tell("replies", lambda reply, **details: [reply.argument.author_id]),
            Tell(
                "followed",
                lambda reply, space, **details: events.followers_in(space),
            ),
        ],
    )
