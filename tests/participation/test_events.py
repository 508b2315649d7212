"""Participation events: declared by the app they happen in, sent once the change is stored."""

import pytest
from django.db import transaction

from participation.common import events

pytestmark = pytest.mark.django_db(transaction=True)


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


def test_an_event_reaches_its_receivers_once_the_transaction_commits(heard, restored_db):
    with transaction.atomic():
        events.emit("tests.something", "item", space="the space")
        assert heard == []
    assert heard == [("tests.something", "item", {"space": "the space"})]


def test_a_rolled_back_change_tells_no_one(heard, restored_db):
    with pytest.raises(RuntimeError), transaction.atomic():
        events.emit("tests.something", "item")
        raise RuntimeError
    assert heard == []


def test_an_undeclared_event_is_refused(restored_db):
    with pytest.raises(LookupError):
        events.emit("tests.never_declared", "item")
