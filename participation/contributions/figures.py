"""The campaign figures that contributions move, and how to recount them from the rows."""

from django.utils.translation import ngettext_lazy

from participation.common import figures

from .models.items import Comment, Contribution, Provenance


def declare():
    figures.declare(
        "contributions", ngettext_lazy("contribution", "contributions", "count"), order=10
    )
    figures.register_source(count)


def declared_people(contribution):
    """The people a contribution speaks for beyond an online account: the members of a group,
    or the one person behind a paper form, a phone call or an email entered by staff."""
    if contribution.is_collective:
        return contribution.participants
    return 0 if contribution.provenance == Provenance.ONLINE else 1


def contribution_counted(contribution, delta):
    """A contribution became visible (+1) or stopped being (-1)."""
    figures.add(contribution.space, "contributions", delta)
    figures.add(contribution.space, figures.DECLARED, delta * declared_people(contribution))


def people_changed(contribution, before):
    """A published contribution's declared people changed from `before` (an edit)."""
    delta = declared_people(contribution) - before
    figures.add(contribution.space, figures.DECLARED, delta)


def comment_counted(comment, delta):
    figures.add(comment.contribution.space, "comments", delta)


def count(campaign):
    contributions = Contribution.objects.filter(space_id__in=campaign.get_children().values("pk"))
    comments = Comment.objects.filter(contribution__in=contributions)
    published = list(contributions.published().only("kind", "participants", "provenance"))
    online_authors = contributions.filter(provenance=Provenance.ONLINE).values_list(
        "author_id", flat=True
    )
    return figures.Count(
        figures={"contributions": len(published), "comments": comments.published().count()},
        online_user_ids=set(online_authors) | set(comments.values_list("author_id", flat=True)),
        declared_people=sum(declared_people(c) for c in published),
    )
