"""What residents hear of contributions (see participation/common/events.py): who, under which
topic. What concerns a resident's own text comes first: the first Tell naming them wins."""

from django.utils.translation import gettext_lazy as _

from participation.common import events
from participation.common.events import Tell


def _commented_on(comment, **details):
    authors = [comment.contribution.author_id]
    if comment.parent_id:
        authors.append(comment.parent.author_id)
    return authors


def declare():
    events.declare(
        "contributions.published",
        _("A contribution is published"),
        message=_("New contribution: “{title}”"),
        tell=[
            Tell(
                "followed",
                lambda contribution, space, **details: events.followers_in(space),
            )
        ],
    )
    events.declare(
        "contributions.commented",
        _("A contribution is commented on"),
        message=_("New comment on “{title}”"),
        describe=lambda comment: (
            comment.contribution.title,
            f"{comment.contribution.get_absolute_url()}#commentaire-{comment.pk}",
        ),
        tell=[
            Tell("replies", _commented_on),
            Tell(
                "followed",
                lambda comment, space, **details: events.followers_in(space, comment.contribution),
            ),
        ],
    )
    events.declare(
        "contributions.answered",
        _("The city answers a contribution"),
        message=_("The city answered “{title}”"),
        tell=[
            Tell("answers", lambda contribution, **details: [contribution.author_id]),
            Tell("answers", lambda contribution, **details: events.followers(contribution)),
        ],
    )
