"""Writes the demo's debates (debates_assises.py, debates_park.py) and what residents did there.

A debate is a page below its campaign, published like the contribution spaces. Its votes,
arguments, useful marks and replies are written directly as rows, in bulk: the services refuse
to write in a debate that is closed, as the Assises' has been since 2016. services.recount then
sets every stored counter of the debate from the rows; the loader recounts the campaigns'
figures once everything is written.

What is already there is not written again: a vote or a useful mark by its resident, an argument
by its title (its marks and replies are written with it). When the debate's dates move (the
park's follow the day of loading), everything in it moves with them, so that loading the demo
twice, or on another day, leaves one copy of everything, in the same places in time.
"""

import random
from datetime import time, timedelta
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import F

from participation.debates import services
from participation.debates.models import Argument, DebatePage, Reply, UsefulMark, Vote, VoteOption

from .builder import feature_space, publish_child
from .contributions import Clock, aware
from .debates_assises import ASSISES_DEBATE
from .debates_park import park_debate
from .errors import DemoError
from .users import ACCOUNTS, RESIDENTS, VOTERS, ensure_residents, ensure_voters


def all_debates(today):
    return [ASSISES_DEBATE, park_debate(today)]


def build_debates(campaigns, today):
    """Create or refresh the debates below their demo campaigns; return them."""
    ensure_residents()
    ensure_voters()
    emails = [account[0] for account in ACCOUNTS + RESIDENTS + VOTERS]
    people = {u.email.split("@")[0]: u for u in get_user_model().objects.filter(email__in=emails)}
    voters = [email.split("@")[0] for email, _ in VOTERS]
    by_slug = {campaign.slug: campaign for campaign in campaigns}
    debates = []
    for data in all_debates(today):
        campaign = by_slug.get(data["campaign"])
        if campaign is None:
            raise DemoError(f"La campagne « {data['campaign']} » manque à la démo.")
        debate = build_debate(campaign, data, Writer(people, voters, today))
        feature_space(campaign, debate, data["block"]["heading"], before=data["block"]["before"])
        debates.append(debate)
    return debates


class Writer(NamedTuple):
    """What writing a debate needs: the people by name, the voters' names, the day of loading."""

    people: dict
    voters: list
    today: object


def build_debate(campaign, data, writer):
    existing = DebatePage.objects.child_of(campaign).filter(slug=data["slug"]).first()
    debate = publish_debate(campaign, data)
    if existing and existing.opens_at != debate.opens_at:
        move_in_time(debate, debate.opens_at - existing.opens_at)
    spread = Spread(data, writer.today)
    write_votes(debate, data, writer, spread)
    clock = Clock(data["opens"])
    for item in data["arguments"]:
        write_argument(debate, item, clock, spread, writer)
    services.recount(debate)
    return debate


def publish_debate(campaign, data):
    """The debate page, its options kept by label (votes point at them)."""

    def configure(page):
        if not data["options"]:
            return  # the page gives itself the usual ones: Pour, Contre, Abstention
        kept = {option.label: option for option in page.options.all()}
        page.options = [kept.get(label) or VoteOption(label=label) for label in data["options"]]
        for position, option in enumerate(page.options.all()):
            option.sort_order = position

    page = publish_child(
        campaign,
        DebatePage,
        data["slug"],
        configure=configure,
        title=data["title"],
        question=data["question"],
        context=data["context"].strip(),
        results_visibility=data["results_visibility"],
        opens_at=aware(data["opens"], time(0, 0)),
        closes_at=aware(data["closes"], time(23, 59)),
        notice_after=data["notice_after"],
    )
    # Read back: the options of the page in memory are those of the revision, not the rows.
    return DebatePage.objects.get(pk=page.pk)


def move_in_time(debate, shift):
    """Shift every row of the debate along with its dates."""
    moved = {"created_at": F("created_at") + shift}
    Vote.objects.filter(debate=debate).update(updated_at=F("updated_at") + shift, **moved)
    Argument.objects.filter(debate=debate).update(**moved)
    Reply.objects.filter(argument__debate=debate).update(**moved)
    UsefulMark.objects.filter(argument__debate=debate).update(**moved)


class Spread:
    """Moments spread over the days a debate has been open, up to the day before loading."""

    def __init__(self, data, today):
        self.first_day = data["opens"]
        last_day = min(data["closes"], today - timedelta(days=1))
        self.days = max((last_day - self.first_day).days + 1, 1)
        # Nothing is dated after the evening of that last day.
        self.latest = aware(last_day, time(23, 0))

    def __call__(self, index, count):
        day = self.first_day + timedelta(days=index * self.days // count)
        return aware(day, time(7 + index * 5 % 15, index * 23 % 60))


def write_votes(debate, data, writer, spread):
    """The votes of the argument writers, then of as many voters as the data says; returns
    the number of votes added."""
    options = {option.label: option for option in debate.options.all()}
    chosen = dict(data["votes"])
    others = [key for key in writer.voters if key not in chosen]
    labels = [label for label, count in data["more_votes"].items() for _ in range(count)]
    if len(labels) > len(others):
        raise DemoError(f"Pas assez de votants de démo pour « {data['title']} ».")
    draw(data["slug"] + data["campaign"]).shuffle(labels)
    chosen.update(zip(others, labels, strict=False))
    voted = set(Vote.objects.filter(debate=debate).values_list("user_id", flat=True))
    order = list(chosen)
    draw(data["campaign"]).shuffle(order)
    new = []
    for position, key in enumerate(order):
        user = writer.people[key]
        if user.pk not in voted:
            moment = spread(position, len(order))
            vote = Vote(debate=debate, user=user, option=options[chosen[key]])
            vote.created_at = vote.updated_at = moment
            new.append(vote)
    stamp(Vote, new, ["created_at", "updated_at"])
    return len(new)


def draw(seed):
    """The same draw at every load, so that the same voters vote the same way."""
    return random.Random(seed)  # noqa: S311 (nothing secret here)


def stamp(model, rows, fields):
    """bulk_create, then put back the moments that auto_now(_add) replaced with "now"."""
    moments = [[getattr(row, name) for name in fields] for row in rows]
    model.objects.bulk_create(rows)
    for row, values in zip(rows, moments, strict=True):
        for name, value in zip(fields, values, strict=True):
            setattr(row, name, value)
    model.objects.bulk_update(rows, fields)


def write_argument(debate, item, clock, spread, writer):
    """Writes an argument with its marks and replies unless it is there; returns 1 if written."""
    if Argument.objects.filter(debate=debate, title=item["title"]).exists():
        return 0
    people = writer.people
    created_at = clock(item["at"])
    argument = Argument.objects.create(
        debate=debate,
        author=people[item["author"]],
        stance=item["stance"],
        title=item["title"],
        body=item["body"],
        created_at=created_at,
    )
    markers = list(item["useful"])
    pool = [key for key in writer.voters if key != item["author"] and key not in markers]
    markers += draw(item["title"]).sample(pool, item["more_useful"])
    if item["author"] in markers:
        raise DemoError(f"« {item['title']} » : on ne marque pas son propre argument.")
    marks = []
    for position, key in enumerate(markers):
        mark = UsefulMark(argument=argument, user=people[key])
        mark.created_at = min(created_at + timedelta(hours=2 * position + 1), spread.latest)
        marks.append(mark)
    stamp(UsefulMark, marks, ["created_at"])
    for data in item["replies"]:
        Reply.objects.create(
            argument=argument,
            author=people[data["author"]],
            body=data["body"],
            created_at=clock(data["at"]),
        )
    return 1
