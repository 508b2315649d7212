"""What the contract tests must know of each participation space type, written down per type.

For each type: how to build a space under a campaign, its first kind of item (a contribution, an
argument), what a resident does in it (each action: its route, a valid form, where it is
stored and what the personal-data export shows of it), the moderated items that live in it
and the query ceilings of its pages. The contract tests fail for a space type without a spec:
the author of a new type describes it here.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from participation.common.spaces import space_models
from participation.contributions import services as contributions
from participation.contributions.models import Comment, ConsultationPage, Contribution, Support
from participation.debates import services as debates
from participation.debates.models import Argument, DebatePage, Reply, UsefulMark, Vote

from .factories import ConsultationPageFactory, DebatePageFactory
from .helpers import figure


@dataclass(frozen=True)
class Action:
    """Something a signed-in resident posts in the space."""

    route: str
    # (space, item) -> the data of a valid form; the item is an existing one of the space.
    data: Callable
    # space -> how many rows of this action the space holds, whoever posted them.
    stored: Callable
    # (space, item, data) -> a text the user's personal-data export then holds.
    trace: Callable
    # Whether the route takes the pk of an existing item.
    on_item: bool = False
    # What the author of the item reads when the action on their own item is refused ("" when
    # they may do it like anyone).
    refused_to_author: str = ""


@dataclass(frozen=True)
class Moderated:
    """A moderated item type living in the space."""

    # (space, authors) -> a published item, built through the app's services.
    make: Callable
    # item -> the counter that counts it while it is visible.
    counter: Callable


@dataclass(frozen=True)
class SpaceSpec:
    factory: type
    # The route of an item's page, taking its pk.
    item_route: str
    # (space, author) -> a published item, built through the app's services.
    make_item: Callable
    # (space, authors, n) -> n items, and n reactions under the first one.
    populate: Callable
    actions: dict
    moderated: dict = field(default_factory=dict)
    # The most queries its main page and an item's page may take, for a visitor and for a
    # resident who took part, whatever the number of items: (page, reader) -> ceiling.
    max_queries: dict = field(default_factory=dict)


def key():
    return str(uuid.uuid4())


# Contribution spaces


def make_contribution(space, author, title="Des bancs à l'ombre"):
    contribution, _created = contributions.create_contribution(
        space, author, title=title, body="Plus de bancs sous les arbres de l'allée."
    )
    return contribution


def make_comment(space, authors):
    contribution = make_contribution(space, authors[0])
    comment, _created = contributions.add_comment(contribution, authors[1], "Bonne idée, vraiment.")
    return comment


def populate_consultation(space, authors, n):
    items = [make_contribution(space, authors[i % 3], f"Proposition {i}") for i in range(n)]
    for i in range(n):
        contributions.add_comment(items[0], authors[i % 3], f"Commentaire {i}")
        contributions.support(items[i], authors[(i + 1) % 3])
    return items


CONSULTATION = SpaceSpec(
    factory=ConsultationPageFactory,
    item_route="contribution",
    make_item=make_contribution,
    populate=populate_consultation,
    actions={
        "contribute": Action(
            route="contribute",
            data=lambda space, item: {
                "kind": "individual",
                "title": "Un marché le dimanche",
                "body": "Un petit marché le dimanche matin.",
                "submission_key": key(),
            },
            stored=lambda space: Contribution.objects.filter(space=space).count(),
            trace=lambda space, item, data: data["title"],
        ),
        "comment": Action(
            route="comment",
            on_item=True,
            data=lambda space, item: {"body": "Je suis d'accord.", "submission_key": key()},
            stored=lambda space: Comment.objects.filter(contribution__space=space).count(),
            trace=lambda space, item, data: data["body"],
        ),
        "support": Action(
            route="support",
            on_item=True,
            data=lambda space, item: {"action": "support"},
            stored=lambda space: Support.objects.filter(contribution__space=space).count(),
            trace=lambda space, item, data: item.title,
        ),
    },
    moderated={
        Contribution: Moderated(
            make=lambda space, authors: make_contribution(space, authors[0]),
            counter=lambda item: figure(item.space, "contributions"),
        ),
        Comment: Moderated(
            make=make_comment,
            counter=lambda item: Contribution.objects.get(pk=item.contribution_id).comments_count,
        ),
    },
    max_queries={
        ("space page", "visitor"): 14,
        ("space page", "resident"): 19,  # 18, and the unread count in the header
        ("item page", "visitor"): 15,
        ("item page", "resident"): 23,  # 22, and the unread count in the header
    },
)


# Debates


def make_argument(space, author, title="Moins de bruit", stance="for"):
    argument, _created = debates.create_argument(
        space, author, stance, title, "Les enfants joueraient en paix."
    )
    return argument


def make_reply(space, authors):
    argument = make_argument(space, authors[0])
    reply, _created = debates.add_reply(argument, authors[1], "Et les livraisons ?")
    return reply


def populate_debate(space, authors, n):
    stances = ("for", "against")
    items = [
        make_argument(space, authors[i % 3], f"Argument {i}", stances[i % 2]) for i in range(n)
    ]
    for i in range(n):
        debates.add_reply(items[0], authors[i % 3], f"Réponse {i}")
        if items[i].author != authors[(i + 1) % 3]:
            debates.mark_useful(items[i], authors[(i + 1) % 3])
    return items


DEBATE = SpaceSpec(
    factory=DebatePageFactory,
    item_route="argument",
    make_item=make_argument,
    populate=populate_debate,
    actions={
        "vote": Action(
            route="vote",
            data=lambda space, item: {"option": space.options.first().pk},
            stored=lambda space: Vote.objects.filter(debate=space).count(),
            trace=lambda space, item, data: space.title,
        ),
        "argue": Action(
            route="argue",
            data=lambda space, item: {
                "stance": "against",
                "title": "Les livraisons du marché",
                "body": "Les camions doivent passer le matin.",
                "submission_key": key(),
            },
            stored=lambda space: Argument.objects.filter(debate=space).count(),
            trace=lambda space, item, data: data["title"],
        ),
        "reply": Action(
            route="reply",
            on_item=True,
            data=lambda space, item: {"body": "Et le soir ?", "submission_key": key()},
            stored=lambda space: Reply.objects.filter(argument__debate=space).count(),
            trace=lambda space, item, data: data["body"],
        ),
        "useful": Action(
            route="useful",
            on_item=True,
            data=lambda space, item: {"action": "mark"},
            stored=lambda space: UsefulMark.objects.filter(argument__debate=space).count(),
            trace=lambda space, item, data: item.title,
            refused_to_author="Vous ne pouvez pas marquer votre propre argument comme utile.",
        ),
    },
    moderated={
        Argument: Moderated(
            make=lambda space, authors: make_argument(space, authors[0]),
            counter=lambda item: debates.counters(item.debate).arguments_for,
        ),
        Reply: Moderated(
            make=make_reply,
            counter=lambda item: Argument.objects.get(pk=item.argument_id).replies_count,
        ),
    },
    max_queries={
        ("space page", "visitor"): 17,  # 16, and the follow box of the debate
        ("space page", "resident"): 27,  # 24, the follow box of the debate, the unread count
        ("item page", "visitor"): 14,
        ("item page", "resident"): 21,  # 20, and the unread count in the header
    },
)


SPECS = {ConsultationPage: CONSULTATION, DebatePage: DEBATE}


def spec_of(model):
    """The spec of a space type; a type without one fails the test that asks."""
    if model not in SPECS:
        pytest.fail(
            f"{model._meta.label} is a participation space without a spec: describe how to "
            "build it and what residents do in it in tests/participation/space_specs.py."
        )
    return SPECS[model]


def action_url(space, spec, action, item):
    args = [item.pk] if action.on_item else []
    return space.url + space.reverse_subpage(action.route, args=args)


def item_url(space, spec, item):
    return space.url + space.reverse_subpage(spec.item_route, args=[item.pk])


def label(model):
    return model._meta.label


def space_params():
    """Every space type Wagtail knows, as test parameters."""
    return [pytest.param(model, id=label(model)) for model in space_models()]


def action_params():
    """(space type, action name) for every action of every type; a type without a spec gets a
    parameter of its own, so that its tests fail rather than vanish."""
    return [
        pytest.param(model, name, id=f"{label(model)}-{name}")
        for model in space_models()
        for name in (SPECS[model].actions if model in SPECS else ["no spec"])
    ]
