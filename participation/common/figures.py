"""A campaign's figures: one function computes them for its fact box, its cards, its results
block and the statistics, from counters stored as things happen.

Each figure is counted as itself: contributions, arguments, votes, comments. Participants are
people, not a sum of counters: the distinct accounts that took part online (a Participant row
each, created at their first contribution, comment, argument, reply or vote), plus the people
declared by collective and offline contributions (a group of 12 that met in a flat, a paper
form), shown apart and summed.

A participation app declares the figures it moves with `declare()` and how to recount them
from its rows with `register_source()`, both from its AppConfig.ready().
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.text import capfirst
from django.utils.translation import ngettext_lazy

from .models import CampaignFigure, Participant

ONLINE = "online_participants"
DECLARED = "declared_participants"


@dataclass(frozen=True)
class FigureKind:
    key: str
    # What is counted, singular and plural: ngettext_lazy("vote", "votes", "count").
    noun: object
    order: int


_kinds = {}
_sources = []


def declare(key, noun, order=50):
    """Declares a figure a participation app moves; `order` places it among the others."""
    _kinds[key] = FigureKind(key, noun, order)


def register_source(source):
    """source(campaign) returns a Count: what the app's rows say of the campaign."""
    if source not in _sources:
        _sources.append(source)


@dataclass
class Count:
    """What one app's rows say of a campaign, for recount()."""

    figures: dict = field(default_factory=dict)
    online_user_ids: set = field(default_factory=set)
    declared_people: int = 0


# Moves


def add(space, key, delta):
    """Moves one figure of the campaign above `space` by `delta`, creating its row on first use."""
    if not delta or not space.campaign_id:
        return
    campaign_id = space.campaign_id
    CampaignFigure.objects.get_or_create(page_id=campaign_id, key=key)
    CampaignFigure.objects.filter(page_id=campaign_id, key=key).update(value=F("value") + delta)


def took_part(space, user):
    """Counts `user` among the online participants of the campaign above `space`, once whatever
    they do there or in its other spaces."""
    campaign_id = space.campaign_id
    if not campaign_id or not user.is_authenticated:
        return False
    if Participant.objects.filter(page_id=campaign_id, user=user).exists():
        return False  # the usual case, answered without provoking the unique constraint
    try:
        with transaction.atomic():
            Participant.objects.create(page_id=campaign_id, user=user)
    except IntegrityError:
        return False
    add(space, ONLINE, 1)
    return True


# Reads


@dataclass(frozen=True)
class Figure:
    kind: FigureKind
    value: int

    @property
    def noun(self):
        """What is counted, agreeing with the number: "contribution", "contributions"."""
        return self.kind.noun % {"count": self.value}

    @property
    def title(self):
        """A heading for the number: "Contributions"."""
        return capfirst(self.kind.noun % {"count": 2})

    @property
    def text(self):
        """The number and what it counts: "12 contributions"."""
        return f"{self.value} {self.noun}"


@dataclass
class CampaignFigures:
    """What a campaign's pages show; `items` are the declared figures with a value."""

    items: list
    online_participants: int
    declared_participants: int

    @property
    def participants(self):
        return self.online_participants + self.declared_participants

    def __bool__(self):
        return bool(self.items or self.participants)


def from_values(values):
    """The campaign's figures from its stored {key: value}."""
    kinds = sorted(_kinds.values(), key=lambda kind: (kind.order, kind.key))
    items = [Figure(kind, values[kind.key]) for kind in kinds if values.get(kind.key, 0) > 0]
    return CampaignFigures(
        items=items,
        online_participants=max(values.get(ONLINE, 0), 0),
        declared_participants=max(values.get(DECLARED, 0), 0),
    )


def of(campaign):
    """A campaign's figures: one query, none when its figures were prefetched
    (`prefetch_related("campaign_figures")`, as CampaignPage.objects.for_listing() does)."""
    if not getattr(campaign, "pk", None):
        return from_values({})
    rows = campaign.campaign_figures.all()
    return from_values({row.key: row.value for row in rows})


# Recount


@transaction.atomic
def recount(campaign):
    """Sets a campaign's figures and participants from the rows of every registered source:
    for content loaded in bulk (the demo, an import) and to repair counters."""
    total = Count()
    for source in _sources:
        count = source(campaign)
        for key, value in count.figures.items():
            total.figures[key] = total.figures.get(key, 0) + value
        total.online_user_ids |= count.online_user_ids
        total.declared_people += count.declared_people
    Participant.objects.filter(page_id=campaign.pk).exclude(
        user_id__in=total.online_user_ids
    ).delete()
    known = set(Participant.objects.filter(page_id=campaign.pk).values_list("user_id", flat=True))
    Participant.objects.bulk_create(
        [Participant(page_id=campaign.pk, user_id=uid) for uid in total.online_user_ids - known]
    )
    values = dict.fromkeys(_kinds, 0)
    values.update(total.figures)
    values[ONLINE] = len(total.online_user_ids)
    values[DECLARED] = total.declared_people
    CampaignFigure.objects.filter(page_id=campaign.pk).delete()
    CampaignFigure.objects.bulk_create(
        [CampaignFigure(page_id=campaign.pk, key=k, value=v) for k, v in values.items()]
    )
    return from_values(values)


# Several apps move the comments: comments on a contribution, replies to an argument.
declare("comments", ngettext_lazy("comment", "comments", "count"), order=40)
