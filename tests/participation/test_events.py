"""Participation events: declared by the app they happen in, sent once the change is stored."""

import pytest
from django.db import transaction

from participation.common import events
from participation.contributions import services as contributions
from participation.debates import services as debates

from .factories import DebatePageFactory


@pytest.fixture
def heard():
    received = []

    def receiver(sender, item, signal, **details):
        received.append((sender, item, details))

    events.happened.connect(receiver)
    yield received
    events.happened.disconnect(receiver)


@pytest.fixture(autouse=True)
def test_event():
    events.declare("tests.something", "Something happened")


@pytest.mark.django_db(transaction=True)
def test_an_event_reaches_its_receivers_once_the_transaction_commits(heard, restored_db):
    with transaction.atomic():
        events.emit("tests.something", "item", space="the space")
        assert heard == []
    assert heard == [("tests.something", "item", {"space": "the space"})]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_tells_no_one(heard, restored_db):
    with pytest.raises(RuntimeError), transaction.atomic():
        events.emit("tests.something", "item")
        raise RuntimeError
    assert heard == []


@pytest.mark.django_db(transaction=True)
def test_an_undeclared_event_is_refused(restored_db):
    with pytest.raises(LookupError):
        events.emit("tests.never_declared", "item")


@pytest.mark.django_db
def test_contributions_and_debates_tell_what_they_publish(
    django_capture_on_commit_callbacks,
    heard,
    space,
    residents,
    superuser,
    open_today,
):
    debate = DebatePageFactory(parent=space.get_parent())
    with django_capture_on_commit_callbacks(execute=True):
        contribution, _ = contributions.create_contribution(
            space, residents[0], title="T", body="B"
        )
        comment, _ = contributions.add_comment(contribution, residents[1], "Oui.")
        contributions.answer(contribution, superuser, "accepted", "Nous le ferons.")
        argument, _ = debates.create_argument(debate, residents[1], "for", "Calme", "Oui.")
        reply, _ = debates.add_reply(argument, residents[2], "D'accord.")

    assert [(key, item) for key, item, details in heard] == [
        ("contributions.published", contribution),
        ("contributions.commented", comment),
        ("contributions.answered", contribution),
        ("debates.argued", argument),
        ("debates.replied", reply),
    ]
    assert {"contributions.answered", "debates.replied"} <= set(events.declared())
