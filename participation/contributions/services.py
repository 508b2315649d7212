"""What happens when residents and staff act on contributions; counters move in the same
transaction as the rows they count."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from participation.common import events, figures
from participation.common.answers import record_answer
from participation.common.services import store_once
from participation.common.threads import address_of
from participation.common.toggles import stored_counter, switch_off, switch_on

from . import figures as contribution_figures
from .models.items import Comment, Contribution, ContributionKind, Provenance, Support


@transaction.atomic
def create_contribution(space, author, submission_key=None, **fields):
    """Stores a contribution once, however many times the form was sent with the same key."""
    contribution = Contribution(space=space, author=author, submission_key=submission_key)
    contribution.status = space.new_content_status
    for name, value in fields.items():
        setattr(contribution, name, value)
    if contribution.kind != ContributionKind.COLLECTIVE:
        contribution.participants = 1

    def save():
        contribution.save()
        return contribution

    count = contribution_visibility_changed
    contribution, created = store_once(Contribution, author, submission_key, save, count)
    if created and contribution.provenance == Provenance.ONLINE:
        figures.took_part(space, author)
    return contribution, created


def contribution_visibility_changed(contribution, delta, restored=False):
    """Counts a contribution in (+1) or out (-1) of its campaign's figures, when it is
    published, hidden, restored or approved. Followers hear of its first publication only,
    not of a restore after moderation hid it."""
    contribution_figures.contribution_counted(contribution, delta)
    if delta > 0 and not restored:
        events.emit(
            "contributions.published",
            contribution,
            actor=contribution.author,
            space=contribution.space,
        )


def comment_visibility_changed(comment, delta, restored=False):
    Contribution.objects.filter(pk=comment.contribution_id).update(
        comments_count=F("comments_count") + delta
    )
    contribution_figures.comment_counted(comment, delta)
    if delta > 0 and not restored:
        space = comment.contribution.space
        events.emit(
            "contributions.commented",
            comment,
            actor=comment.author,
            space=space,
            about=comment.contribution,
        )


@transaction.atomic
def edit_contribution(contribution, **fields):
    if not contribution.can_be_edited:
        raise PermissionDenied(_("This contribution can no longer be edited."))
    before = contribution_figures.declared_people(contribution)
    for name, value in fields.items():
        setattr(contribution, name, value)
    if contribution.kind != ContributionKind.COLLECTIVE:
        contribution.participants = 1
    contribution.edited_at = timezone.now()
    contribution.save()
    if contribution.is_published:
        contribution_figures.people_changed(contribution, before)
    return contribution


def support(contribution, user):
    """Returns True if the support was added, False if this resident already supports it."""
    count = stored_counter(contribution, "supports_count")
    return switch_on(Support, count, contribution=contribution, user=user)


def withdraw_support(contribution, user):
    count = stored_counter(contribution, "supports_count")
    return switch_off(Support, count, contribution=contribution, user=user)


@transaction.atomic
def add_comment(contribution, author, body, parent=None, submission_key=None):
    if parent is not None and (parent.contribution_id != contribution.pk or parent.parent_id):
        raise ValidationError(_("You can only reply to a comment of this contribution."))
    fields = {"contribution": contribution, "body": body, "parent": parent}
    fields.update(author=author, submission_key=submission_key)

    def save():
        return Comment.objects.create(**fields, status=contribution.space.new_content_status)

    comment, created = store_once(Comment, author, submission_key, save, comment_visibility_changed)
    if created:
        figures.took_part(contribution.space, author)
    return comment, created


def comment_address(comment, viewer=None):
    """Where `comment` shows: the page of its contribution's thread holding it, at its anchor."""
    contribution = comment.contribution
    top_level = contribution.comments.filter(parent__isnull=True)
    anchor = f"commentaire-{comment.pk}"
    return address_of(contribution.get_absolute_url(), top_level, comment, anchor, viewer)


def answer(contribution, staff, status, text, on_behalf_of=""):
    answered = record_answer(contribution, staff, status, text, on_behalf_of)
    events.emit("contributions.answered", contribution, actor=staff, space=contribution.space)
    return answered


PROFILE_CONTRIBUTIONS = 10


def profile_contributions(user):
    """A resident's latest contributions, with their addresses, for their profile page."""
    contributions = list(
        Contribution.objects.filter(author=user).select_related("space")[:PROFILE_CONTRIBUTIONS]
    )
    for contribution in contributions:
        space = contribution.space
        contribution.url = space.url + space.reverse_subpage("contribution", args=[contribution.pk])
    return {
        "contributions": contributions,
        "total": Contribution.objects.filter(author=user).count(),
    }


def personal_data_of(user):
    """The contributions, comments and supports of one resident, for their data export."""
    return {
        "contributions": [
            {
                "space": c.space.title,
                "title": c.title,
                "text": c.body,
                "kind": c.kind,
                "group_name": c.group_name,
                "created_at": c.created_at.isoformat(),
            }
            for c in Contribution.objects.filter(author=user).select_related("space")
        ],
        "comments": [
            {
                "contribution": c.contribution.title,
                "text": c.body,
                "created_at": c.created_at.isoformat(),
            }
            for c in Comment.objects.filter(author=user).select_related("contribution")
        ],
        "supports": [
            s.contribution.title
            for s in Support.objects.filter(user=user).select_related("contribution")
        ],
    }


def latest_contributions(space, limit=3):
    """The newest published contributions of a space, each with its `url`, for a teaser block."""
    contributions = list(
        Contribution.objects.for_space(space).published().for_listing()[: max(limit, 0)]
    )
    with_urls(space, contributions)
    return contributions


def with_urls(space, contributions):
    """Sets `url` on each contribution from the space's address, without a query per row."""
    base = space.url or ""
    for contribution in contributions:
        contribution.url = base + space.reverse_subpage("contribution", args=[contribution.pk])
    return contributions
