"""The campaign figures that debates move, and how to recount them from the rows."""

from django.utils.translation import ngettext_lazy

from participation.common import figures

from .models.items import Argument, Reply, Vote


def declare():
    figures.declare("arguments", ngettext_lazy("argument", "arguments", "count"), order=20)
    figures.declare("votes", ngettext_lazy("vote", "votes", "count"), order=30)
    figures.register_source(count)


def count(campaign):
    debates = campaign.get_children().values("pk")
    arguments = Argument.objects.filter(debate_id__in=debates)
    replies = Reply.objects.filter(argument__in=arguments)
    votes = Vote.objects.filter(debate_id__in=debates)
    return figures.Count(
        figures={
            "arguments": arguments.published().count(),
            "votes": votes.count(),
            "comments": replies.published().count(),
        },
        online_user_ids=(
            set(votes.values_list("user_id", flat=True))
            | set(arguments.values_list("author_id", flat=True))
            | set(replies.values_list("author_id", flat=True))
        ),
    )
