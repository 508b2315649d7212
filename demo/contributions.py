"""Writes the demo's contribution spaces and what residents said in them.

The spaces are pages, published like the campaigns. Contributions, comments, supports, follows
and answers go through the services of the participation apps, so that every counter moves as
it does on the site. A contribution already there (same space, same title) is not written
again: only its dates move with its space's, so that loading the demo twice, or on another
day, leaves one copy of everything, in the same places in time.
"""

from datetime import datetime, time, timedelta
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from participation.common.models import ModerationStatus
from participation.common.services import follow
from participation.contributions import services
from participation.contributions.models import (
    Comment,
    ConsultationCategory,
    ConsultationPage,
    Contribution,
)

from .builder import feature_space, publish_child
from .errors import DemoError
from .spaces_assises import ASSISES_SPACE
from .spaces_park import PARK_SPACE
from .users import ACCOUNTS, RESIDENTS, ensure_residents

SPACES = [PARK_SPACE, ASSISES_SPACE]

# Fields copied from the data as they are; kind and participants are only set on creation,
# since the space's counters were moved by them.
TEXT_FIELDS = ["body", "provenance", "signed_as", "group_name", "meeting_date", "meeting_place"]


def build_spaces(campaigns):
    """Create or refresh the contribution spaces below their demo campaigns; return them."""
    ensure_residents()
    emails = [account[0] for account in ACCOUNTS + RESIDENTS]
    people = {u.email.split("@")[0]: u for u in get_user_model().objects.filter(email__in=emails)}
    by_slug = {campaign.slug: campaign for campaign in campaigns}
    spaces = []
    for data in SPACES:
        campaign = by_slug.get(data["campaign"])
        if campaign is None:
            raise DemoError(f"La campagne « {data['campaign']} » manque à la démo.")
        spaces.append(build_space(campaign, data, people))
    return spaces


def build_space(campaign, data, people):
    space = publish_space(campaign, data)
    feature_space(campaign, space, data["teaser"]["heading"], after=data["teaser"]["after"])
    clock = Clock(campaign.start_date)
    categories = {c.name: c for c in ConsultationCategory.objects.filter(page=space)}
    for item in data["contributions"]:
        ensure_contribution(space, item, Writer(clock, people, categories))
    for key in data["campaign_followers"]:
        follow(people[key], campaign)
    return space


def publish_space(campaign, data):
    """The space page, open over the campaign's dates, its categories kept by name."""

    def configure(page):
        kept = {category.name: category for category in page.categories.all()}
        page.categories = [
            kept.get(name) or ConsultationCategory(name=name) for name in data["categories"]
        ]
        for position, category in enumerate(page.categories.all()):
            category.sort_order = position

    return publish_child(
        campaign,
        ConsultationPage,
        data["slug"],
        configure=configure,
        title=data["title"],
        question=data["question"],
        intro=data["intro"],
        notice_after=data["notice_after"],
        opens_at=aware(campaign.start_date, time(0, 0)),
        closes_at=aware(campaign.end_date, time(23, 59)),
    )


def aware(day, moment):
    return timezone.make_aware(datetime.combine(day, moment))


class Clock:
    """Turns the data's ``(day, hour, minute)`` into a moment, counted from the opening day."""

    def __init__(self, opening_day):
        self.opening_day = opening_day

    def __call__(self, at):
        day, hour, minute = at
        return aware(self.opening_day + timedelta(days=day), time(hour, minute))


class Writer(NamedTuple):
    """What writing one contribution needs: the space's clock, the people, the categories."""

    clock: Clock
    people: dict
    categories: dict


def ensure_contribution(space, item, writer):
    created_at = writer.clock(item["at"])
    fields = {name: item[name] for name in TEXT_FIELDS if name in item}
    fields["category"] = writer.categories[item["category"]]
    existing = Contribution.objects.filter(space=space, title=item["title"]).first()
    if existing:
        return move_in_time(existing, created_at, fields)
    contribution, _ = services.create_contribution(
        space,
        writer.people[item["author"]],
        title=item["title"],
        kind=item.get("kind", "individual"),
        participants=item.get("participants", 1),
        created_at=created_at,
        **fields,
    )
    for data in item.get("comments", ()):
        write_comment(contribution, data, writer)
    for key in item.get("supports", ()):
        services.support(contribution, writer.people[key])
    for key in item.get("follows", ()):
        follow(writer.people[key], contribution)
    if official := item.get("answer"):
        staff = writer.people["redaction"]
        services.answer(contribution, staff, official["status"], official["text"])
        answered_at = writer.clock(official["at"])
        Contribution.objects.filter(pk=contribution.pk).update(answered_at=answered_at)
    return contribution


def move_in_time(contribution, created_at, fields):
    """Refresh the texts of a contribution, and shift it and its comments to their new dates."""
    shift = created_at - contribution.created_at
    Contribution.objects.filter(pk=contribution.pk).update(
        created_at=created_at, answered_at=F("answered_at") + shift, **fields
    )
    if shift:
        Comment.objects.filter(contribution=contribution).update(
            created_at=F("created_at") + shift, hidden_at=F("hidden_at") + shift
        )
    return contribution


def write_comment(contribution, data, writer, parent=None):
    comment, _ = services.add_comment(
        contribution, writer.people[data["author"]], data["body"], parent=parent
    )
    changes = {"created_at": writer.clock(data["at"])}
    if data["hidden"]:
        reason, at = data["hidden"]
        changes.update(
            status=ModerationStatus.HIDDEN,
            hidden_at=writer.clock(at),
            hidden_by=writer.people["moderation"],
            hidden_reason=reason,
        )
        services.comment_visibility_changed(comment, -1)
    Comment.objects.filter(pk=comment.pk).update(**changes)
    for reply in data["replies"]:
        write_comment(contribution, reply, writer, parent=comment)
