"""Who may do what in every participation space type, before it opens, while open, once closed.

The matrix below holds for every space type and every action its residents post (the actions
are listed per type in space_specs.py). Each cell is what the person gets:
- "sign in": sent to the sign-in page, nothing stored;
- "suspended": a 403 page giving the suspension's reason, nothing stored;
- "phase": a 403 page with the space's notice (not open yet, or closed), nothing stored;
- "done": stored once however many times the form is sent, and sent on (302);
- "refused to author": a 403 page saying why, nothing stored; only where the spec says the
  author of an item may not do this to their own item (mark their own argument useful).
Reading the space's page and an item's page is allowed to everyone in every phase. An item
hidden by moderation, or awaiting it, takes no reaction: a 403 page saying why.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from freezegun import freeze_time

from participation.common.spaces import space_models
from participation.moderation import services as moderation

from ..factories import UserFactory
from .conftest import OPEN_DAY
from .helpers import LOGIN_URL, page_text
from .space_specs import SPECS, action_params, action_url, item_url, label, spec_of

pytestmark = pytest.mark.django_db

# The spaces the factories build open on 1 March 2025 and close on 30 June 2025.
PHASES = {
    "before opening": "2025-02-15 12:00:00+01:00",
    "open": OPEN_DAY,
    "closed": "2025-07-15 12:00:00+02:00",
}

# fmt: off
MATRIX = {
    # person        before opening  open          closed
    "visitor":      ("sign in",     "sign in",    "sign in"),
    "resident":     ("phase",       "done",       "phase"),
    "author":       ("phase",       "done",       "phase"),
    "suspended":    ("suspended",   "suspended",  "suspended"),
    "editor":       ("phase",       "done",       "phase"),
    "moderator":    ("phase",       "done",       "phase"),
}
# fmt: on

STAFF_GROUPS = {"editor": "Rédaction", "moderator": "Modération"}
SUSPENSION_REASON = "Propos injurieux répétés."


def action_cells():
    for param in action_params():
        model, action = param.values
        for person, outcomes in MATRIX.items():
            for phase, expected in zip(PHASES, outcomes, strict=True):
                cell_id = f"{param.id}-{person}-{phase}"
                yield pytest.param(model, action, person, phase, expected, id=cell_id)


def reading_cells():
    for model in space_models():
        for person in MATRIX:
            for phase in PHASES:
                yield pytest.param(model, person, phase, id=f"{label(model)}-{person}-{phase}")


def person(role, item):
    """Someone in `role`; a suspended resident's suspension starts now and lasts a month."""
    if role == "visitor":
        return None
    if role == "author":
        return item.author
    user = UserFactory(is_staff=role in STAFF_GROUPS)
    if role in STAFF_GROUPS:
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[role]))
    if role == "suspended":
        ends_at = timezone.now() + datetime.timedelta(days=30)
        moderation.suspend(user, None, ends_at, SUSPENSION_REASON)
    return user


def space_with_an_item(spec, campaign):
    """A space of the type and one published item of it, written while the space was open."""
    with freeze_time(OPEN_DAY):
        space = spec.factory(parent=campaign)
        return space, spec.make_item(space, UserFactory())


def outcome(client, space, spec, action, item):
    """Names what the person got from posting the action's form twice, from the first
    response and from how many rows the space then holds."""
    url, data = action_url(space, spec, action, item), action.data(space, item)
    before = action.stored(space)
    first = client.post(url, data)
    second = client.post(url, data)
    stored = action.stored(space) - before
    text = page_text(first)
    notice = str(space.phase_notice)
    if first.status_code == 302 and first.url.startswith(LOGIN_URL):
        got = "sign in"
    elif first.status_code == 403 and SUSPENSION_REASON in text and "suspendu" in text:
        got = "suspended"
    elif first.status_code == 403 and notice and notice in text:
        got = "phase"
    elif first.status_code == 403 and action.refused_to_author and action.refused_to_author in text:
        got = "refused to author"
    elif first.status_code == second.status_code == 302:
        got = "done"
    else:
        return f"HTTP {first.status_code} then {second.status_code}, {stored} stored"
    return got if stored == (got == "done") else f"{got}, yet {stored} stored"


def expected_for(role, expected, action):
    if expected == "done" and role == "author" and action.refused_to_author:
        return "refused to author"
    return expected


def test_every_space_type_has_a_spec():
    missing = [label(model) for model in space_models() if model not in SPECS]
    assert missing == [], "describe these space types in tests/participation/space_specs.py"


@pytest.mark.parametrize(
    ("model", "action_name", "role", "phase", "expected"), list(action_cells())
)
def test_each_person_gets_what_the_matrix_says_when_acting_in_each_phase(
    client, campaign, model, action_name, role, phase, expected
):
    spec = spec_of(model)
    action = spec.actions[action_name]
    space, item = space_with_an_item(spec, campaign)
    with freeze_time(PHASES[phase]):
        user = person(role, item)
        if user:
            client.force_login(user)
        assert outcome(client, space, spec, action, item) == expected_for(role, expected, action)


@pytest.mark.parametrize(("model", "role", "phase"), list(reading_cells()))
def test_everyone_reads_the_space_and_its_items_in_every_phase(
    client, campaign, model, role, phase
):
    spec = spec_of(model)
    space, item = space_with_an_item(spec, campaign)
    with freeze_time(PHASES[phase]):
        user = person(role, item)
        if user:
            client.force_login(user)
        assert client.get(space.url).status_code == 200
        assert client.get(item_url(space, spec, item)).status_code == 200


# Reacting to an item that moderation hid, or that still awaits it.

KNOWN_INCONSISTENCIES = {}


def item_action_cells(situations):
    """(space type, action on an item, situation); a known inconsistency between the types is
    a strict xfail, so that whoever fixes it removes it from KNOWN_INCONSISTENCIES."""
    for param in action_params():
        model, name = param.values
        if model in SPECS and not SPECS[model].actions[name].on_item:
            continue
        for situation in situations:
            cell_id = f"{param.id}-{situation}"
            reason = KNOWN_INCONSISTENCIES.get(cell_id)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(model, name, situation, id=cell_id, marks=marks)


def refusal(client, space, spec, action, item, data):
    """The status and text of the answer to posting `data`, and how many rows it stored."""
    before = action.stored(space)
    response = client.post(action_url(space, spec, action, item), data)
    return response.status_code, page_text(response), action.stored(space) - before


@pytest.mark.parametrize(
    ("model", "action_name", "form"), list(item_action_cells(["valid form", "empty form"]))
)
def test_an_item_hidden_by_moderation_takes_no_reaction_whatever_the_form(
    client, campaign, model, action_name, form
):
    spec = spec_of(model)
    action = spec.actions[action_name]
    space, item = space_with_an_item(spec, campaign)
    with freeze_time(OPEN_DAY):
        moderation.hide(item, UserFactory(), "spam")
        client.force_login(UserFactory())
        data = action.data(space, item)
        data = data if form == "valid form" else dict.fromkeys(data, "")

        status, text, stored = refusal(client, space, spec, action, item, data)

    assert (status, stored) == (403, 0)
    assert "a été masqu" in text and "par la modération" in text  # masqué, masquée


@pytest.mark.parametrize(("model", "action_name", "who"), list(item_action_cells(["author"])))
def test_the_author_of_an_item_awaiting_moderation_is_told_so_when_reacting_to_it(
    client, campaign, model, action_name, who
):
    spec = spec_of(model)
    action = spec.actions[action_name]
    with freeze_time(OPEN_DAY):
        space = spec.factory(parent=campaign, moderated_before_publication=True)
        item = spec.make_item(space, UserFactory())
        client.force_login(item.author)

        status, text, stored = refusal(client, space, spec, action, item, action.data(space, item))

    assert (status, stored) == (403, 0)
    assert "en attente de modération" in text
