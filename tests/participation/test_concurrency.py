"""Residents acting at the same moment: counters stay exact (PostgreSQL, real concurrency)."""

import uuid

import pytest

from participation.contributions import services
from participation.contributions.models import Contribution

from ..factories import UserFactory
from .concurrency import run_together
from .helpers import figure

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("restored_db"),
    pytest.mark.postgres,  # SQLite serialises writers: no real concurrency
]


def test_twenty_residents_supporting_at_once_give_a_count_of_twenty(space, resident):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    supporters = UserFactory.create_batch(20)

    results = run_together(20, lambda i: services.support(contribution, supporters[i]))

    assert all(results)
    contribution.refresh_from_db()
    assert contribution.supports_count == 20
    assert contribution.supports.count() == 20


def test_a_form_sent_twice_at_the_same_moment_stores_one_contribution(space, resident):
    key = uuid.uuid4()

    run_together(
        2,
        lambda i: services.create_contribution(
            space, resident, submission_key=key, title="Des bancs", body="Plus de bancs."
        ),
    )

    assert Contribution.objects.filter(author=resident).count() == 1
    assert figure(space, "contributions") == 1
