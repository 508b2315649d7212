"""What happens when residents take part in a debate. Tallies and counters move in the same
transaction as the rows they count, with F() so that simultaneous votes add up exactly."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils.translation import gettext as _

from participation.common import events, figures
from participation.common.models import ModerationStatus, move_counters
from participation.common.services import store_once
from participation.common.threads import address_of
from participation.common.toggles import stored_counter, switch_off, switch_on

from .models.items import (
    Argument,
    DebateCounters,
    OptionTally,
    Reply,
    Stance,
    UsefulMark,
    Vote,
)


class DebateNotOpen(PermissionDenied):
    """The debate is not open (yet, or any more): it is read-only."""


def _require_open(debate):
    if not debate.is_open:
        raise DebateNotOpen(debate.phase_notice)


# Votes


VOTE_CREATED, VOTE_CHANGED, VOTE_UNCHANGED = "created", "changed", "unchanged"


@transaction.atomic
def cast_vote(debate, user, option):
    """Records `user`'s vote, or changes it. Returns (vote, outcome), outcome being one of
    VOTE_CREATED, VOTE_CHANGED, VOTE_UNCHANGED."""
    _require_open(debate)
    if option.page_id != debate.pk:
        raise ValidationError(_("This option does not belong to this debate."))
    try:
        with transaction.atomic():
            vote = Vote.objects.create(debate=debate, user=user, option=option)
    except IntegrityError:
        # Already voted: lock the vote so that two changes at once cannot both move the tallies.
        vote = Vote.objects.select_for_update().get(debate=debate, user=user)
        if vote.option_id == option.pk:
            return vote, VOTE_UNCHANGED
        previous = vote.option_id
        vote.option = option
        vote.save(update_fields=["option", "updated_at"])
        move_counters(OptionTally, {"option_id": previous}, votes=-1)
        move_counters(OptionTally, {"option_id": option.pk}, votes=1)
        return vote, VOTE_CHANGED
    move_counters(OptionTally, {"option_id": option.pk}, votes=1)
    move_counters(DebateCounters, {"debate_id": debate.pk}, votes=1)
    figures.add(debate, "votes", 1)
    figures.took_part(debate, user)
    return vote, VOTE_CREATED


def vote_of(debate, user):
    """The vote of `user` in `debate`, or None."""
    if not user.is_authenticated:
        return None
    return Vote.objects.filter(debate=debate, user=user).select_related("option").first()


@dataclass
class OptionResult:
    option: object
    votes: int
    percent: int

    @property
    def label(self):
        return self.option.label


@dataclass
class Results:
    options: list
    total: int


def results(debate):
    """Each option with its votes and its share of the votes, in the editor's order."""
    options = list(debate.options.select_related("tally")) if debate.pk else []
    total = sum(option.votes_count for option in options)
    return Results(
        options=[
            OptionResult(
                option=option,
                votes=option.votes_count,
                percent=round(100 * option.votes_count / total) if total else 0,
            )
            for option in options
        ],
        total=total,
    )


def counters(debate):
    """The debate's stored totals (votes, arguments for, arguments against)."""
    try:
        return DebateCounters.objects.get(debate_id=debate.pk)
    except DebateCounters.DoesNotExist:
        return DebateCounters(debate_id=debate.pk)


# Arguments, useful marks and replies


@transaction.atomic
def create_argument(debate, author, stance, title, body, submission_key=None):
    """Stores an argument once, however many times the form was sent with the same key."""
    _require_open(debate)
    if stance not in Stance.values:
        raise ValidationError(_("Choose whether your argument is for or against."))
    fields = {"debate": debate, "stance": stance, "title": title, "body": body}
    fields.update(author=author, submission_key=submission_key)

    def save():
        return Argument.objects.create(**fields, status=debate.new_content_status)

    argument, created = store_once(
        Argument, author, submission_key, save, argument_visibility_changed
    )
    if created:
        figures.took_part(debate, author)
    return argument, created


def argument_visibility_changed(argument, delta, restored=False):
    """Counts an argument in (+1) or out (-1) when it is published, hidden, restored or
    approved. Followers hear of its first publication only, not of a restore."""
    move_counters(
        DebateCounters, {"debate_id": argument.debate_id}, **{f"arguments_{argument.stance}": delta}
    )
    figures.add(argument.debate, "arguments", delta)
    if delta > 0 and not restored:
        events.emit("debates.argued", argument, actor=argument.author, space=argument.debate)


def reply_visibility_changed(reply, delta, restored=False):
    Argument.objects.filter(pk=reply.argument_id).update(replies_count=F("replies_count") + delta)
    figures.add(reply.argument.debate, "comments", delta)
    if delta > 0 and not restored:
        events.emit(
            "debates.replied",
            reply,
            actor=reply.author,
            space=reply.argument.debate,
            about=reply.argument,
        )


def _require_published(argument):
    if argument.is_pending:
        raise PermissionDenied(
            _("Your text is awaiting moderation: everyone will see it once it is approved.")
        )
    if not argument.is_published:
        raise PermissionDenied(_("This argument was hidden by moderation: it is read-only."))


def mark_useful(argument, user):
    """Returns True if the mark was added, False if this resident had already marked it."""
    _require_open(argument.debate)
    _require_published(argument)
    if argument.is_authored_by(user):
        raise PermissionDenied(_("You cannot mark your own argument as useful."))
    count = stored_counter(argument, "useful_count")
    return switch_on(UsefulMark, count, argument=argument, user=user)


def unmark_useful(argument, user):
    _require_open(argument.debate)
    return switch_off(
        UsefulMark, stored_counter(argument, "useful_count"), argument=argument, user=user
    )


def marked_useful_by(user, arguments):
    """The ids, among `arguments`, of those `user` marked useful: one query for a page."""
    if not user.is_authenticated:
        return set()
    return set(
        UsefulMark.objects.filter(user=user, argument__in=arguments).values_list(
            "argument_id", flat=True
        )
    )


@transaction.atomic
def add_reply(argument, author, body, submission_key=None):
    _require_open(argument.debate)
    _require_published(argument)
    fields = {"argument": argument, "author": author, "body": body}

    def save():
        status = argument.debate.new_content_status
        return Reply.objects.create(**fields, submission_key=submission_key, status=status)

    reply, created = store_once(Reply, author, submission_key, save, reply_visibility_changed)
    if created:
        figures.took_part(argument.debate, author)
    return reply, created


def reply_address(reply, viewer=None):
    """Where `reply` shows: the page of its argument's thread holding it, at its anchor."""
    argument = reply.argument
    anchor = f"reponse-{reply.pk}"
    return address_of(argument.get_absolute_url(), argument.replies.all(), reply, anchor, viewer)


@transaction.atomic
def recount(debate):
    """Sets every stored counter of a debate from its rows: for content loaded in bulk (the
    demo, an import) and after moderation hid or restored something. The campaign's figures
    are recounted apart (participation.common.figures.recount): they count its other spaces."""
    by_option = dict(
        Vote.objects.filter(debate=debate)
        .values("option")
        .annotate(n=Count("pk"))
        .values_list("option", "n")
    )
    for option in debate.options.all():
        OptionTally.objects.update_or_create(
            option=option, defaults={"votes": by_option.get(option.pk, 0)}
        )
    published = Argument.objects.filter(debate=debate).published()
    DebateCounters.objects.update_or_create(
        debate_id=debate.pk,
        defaults={
            "votes": sum(by_option.values()),
            "arguments_for": published.filter(stance=Stance.FOR).count(),
            "arguments_against": published.filter(stance=Stance.AGAINST).count(),
        },
    )
    for argument in Argument.objects.filter(debate=debate).annotate(
        marks=Count("useful_marks", distinct=True),
        published_replies=Count(
            "replies", filter=Q(replies__status=ModerationStatus.PUBLISHED), distinct=True
        ),
    ):
        Argument.objects.filter(pk=argument.pk).update(
            useful_count=argument.marks, replies_count=argument.published_replies
        )


# What other apps read


def debate_teaser(debate, user):
    """What the campaign's debate block shows: results if this visitor may see them, and the
    number of arguments on each side. A fixed number of queries."""
    vote = vote_of(debate, user)
    visible = debate.results_visible(has_voted=vote is not None)
    return {
        "debate": debate,
        "vote": vote,
        "results": results(debate) if visible else None,
        "counters": counters(debate),
    }


PROFILE_ITEMS = 10


def profile_debates(user):
    """A resident's latest votes and arguments, with their addresses, for their profile."""
    votes = Vote.objects.filter(user=user).select_related("debate", "option")
    votes = list(votes.order_by("-updated_at")[:PROFILE_ITEMS])
    arguments = Argument.objects.filter(author=user).select_related("debate")
    arguments = list(arguments.order_by("-created_at")[:PROFILE_ITEMS])
    for argument in arguments:
        argument.url = argument.get_absolute_url()
    return {"votes": votes, "arguments": arguments}


def personal_data_of(user):
    """A resident's votes, arguments, replies and useful marks, for their data export."""
    return {
        "votes": [
            {"debate": v.debate.title, "option": v.option.label, "at": v.updated_at.isoformat()}
            for v in Vote.objects.filter(user=user).select_related("debate", "option")
        ],
        "arguments": [
            {
                "debate": a.debate.title,
                "position": a.stance,
                "title": a.title,
                "text": a.body,
                "created_at": a.created_at.isoformat(),
            }
            for a in Argument.objects.filter(author=user).select_related("debate")
        ],
        "replies": [
            {"argument": r.argument.title, "text": r.body, "created_at": r.created_at.isoformat()}
            for r in Reply.objects.filter(author=user).select_related("argument")
        ],
        "useful_marks": [
            m.argument.title
            for m in UsefulMark.objects.filter(user=user).select_related("argument")
        ],
    }
