"""Fifty residents voting at the same moment: the tallies stay exact (PostgreSQL only)."""

import datetime

import pytest
from django.utils import timezone

from participation.debates import services
from participation.debates.models import Vote

from ...factories import UserFactory
from ..concurrency import run_together
from ..factories import DebatePageFactory
from ..helpers import figure

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restored_db"),
    pytest.mark.postgres,  # SQLite serialises writers: no real concurrency
]


@pytest.fixture
def open_debate(campaign):
    """Open now, with no closing date: the threads do not share a frozen clock."""
    return DebatePageFactory(
        parent=campaign,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=None,
    )


def tallies(debate):
    return {item.label: item.votes for item in services.results(debate).options}


def test_fifty_residents_voting_at_once_give_exact_tallies(open_debate):
    options = list(open_debate.options.all())
    voters = UserFactory.create_batch(50)

    # 20 Pour, 20 Contre, 10 Abstention.
    outcomes = run_together(
        50, lambda i: services.cast_vote(open_debate, voters[i], options[i % 5 % 3])[1]
    )

    assert outcomes == [services.VOTE_CREATED] * 50
    assert tallies(open_debate) == {"Pour": 20, "Contre": 20, "Abstention": 10}
    assert Vote.objects.filter(debate=open_debate).count() == 50
    assert services.counters(open_debate).votes == 50
    assert figure(open_debate, "participants") == 50
    assert figure(open_debate, "votes") == 50


def test_one_resident_changing_their_vote_many_times_at_once_counts_once(open_debate):
    options = list(open_debate.options.all())
    voter = UserFactory()
    services.cast_vote(open_debate, voter, options[0])

    run_together(10, lambda i: services.cast_vote(open_debate, voter, options[i % 3]))

    assert sum(tallies(open_debate).values()) == 1
    mine = Vote.objects.get(debate=open_debate, user=voter)
    assert tallies(open_debate)[mine.option.label] == 1
    assert services.counters(open_debate).votes == 1
