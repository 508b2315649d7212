"""A space's list and a contribution's page cost the same SQL queries with 5 or 200
contributions, however many comments and supports they gathered."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.contributions.models import (
    Comment,
    ConsultationCategory,
    Contribution,
    Support,
)

from ..factories import UserFactory
from .factories import ContributionFactory
from .helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

# Each contribution differs from the last, so that every branch of the cards is rendered.
VARIANTS = itertools.cycle(
    [
        {"kind": "individual"},
        {"kind": "collective", "group_name": "Amicale des Tilleuls", "participants": 12},
        {"provenance": "paper", "signed_as": "Conseil de quartier"},
        {"answer_status": "accepted", "answer_text": "Retenue."},
    ]
)


@pytest.fixture
def add_contributions(space):
    """Adds contributions in bulk, with comments, replies and supports by a few residents."""
    people = UserFactory.create_batch(6)
    categories = [
        ConsultationCategory.objects.create(page=space, name=name, sort_order=n)
        for n, name in enumerate(["Nature", "Jeux", "Patrimoine"])
    ]

    def add(count):
        built = [
            ContributionFactory.build(
                space=space,
                author=people[n % len(people)],
                category=categories[n % len(categories)],
                comments_count=2,
                supports_count=2,
                **next(VARIANTS),
            )
            for n in range(count)
        ]
        contributions = Contribution.objects.bulk_create(built)
        react(contributions, people)
        return contributions

    return add


def react(contributions, people):
    """A comment with one reply on each contribution, and two supports."""
    discuss(contributions, people)
    Support.objects.bulk_create(
        Support(contribution=c, user=user) for c in contributions for user in people[:2]
    )


def discuss(contributions, people):
    comments = Comment.objects.bulk_create(
        Comment(contribution=c, author=people[n % len(people)], body="D'accord.")
        for n, c in enumerate(contributions)
    )
    Comment.objects.bulk_create(
        Comment(contribution=c.contribution, author=people[0], body="Moi aussi.", parent=c)
        for c in comments
    )


def count_queries(client, url):
    client.get(url)  # warms the caches (site root paths) like any visit before
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


LIST_QUERIES = ["", "?tri=soutenues", "?type=collective&tri=commentees", "?page=2"]


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "resident"])
@pytest.mark.parametrize("query", LIST_QUERIES)
def test_the_list_costs_the_same_queries_with_5_or_200_contributions(
    client, space, resident, add_contributions, signed_in, query
):
    if signed_in:
        client.force_login(resident)
    add_contributions(5)
    with_five = count_queries(client, space_url(space) + query)

    add_contributions(195)
    with_two_hundred = count_queries(client, space_url(space) + query)

    assert with_two_hundred == with_five


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "resident"])
def test_a_contribution_page_costs_the_same_queries_with_5_or_200_contributions(
    client, space, resident, add_contributions, signed_in
):
    if signed_in:
        client.force_login(resident)
    shown = add_contributions(5)[1]
    url = space_url(space, "contribution", shown.pk)
    with_five = count_queries(client, url)

    discuss([shown] * 30, UserFactory.create_batch(6))
    react([shown], UserFactory.create_batch(30))
    add_contributions(195)
    with_two_hundred = count_queries(client, url)

    assert Comment.objects.filter(contribution=shown).count() == 64
    assert with_two_hundred == with_five
