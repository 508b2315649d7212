"""A debate's page and an argument's page cost the same SQL queries however many arguments,
replies and useful marks the debate gathered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.debates import services
from participation.debates.models import Argument, Reply, UsefulMark

from ...factories import UserFactory
from ..helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def people(db):
    return UserFactory.create_batch(4)


@pytest.fixture
def add_arguments(debate, people):
    """Adds arguments on both sides in bulk, each with two replies and two useful marks, some
    of them by the resident who looks at the page."""

    def add(count, voter):
        arguments = Argument.objects.bulk_create(
            Argument(
                debate=debate,
                author=people[n % 2],
                stance="for" if n % 2 else "against",
                title=f"Argument {n}",
                body="Parce que.",
                useful_count=2,
                replies_count=2,
            )
            for n in range(count)
        )
        Reply.objects.bulk_create(
            Reply(argument=a, author=people[n % 4], body="Vraiment ?")
            for a in arguments
            for n in range(2)
        )
        UsefulMark.objects.bulk_create(
            UsefulMark(argument=a, user=user) for a in arguments for user in (people[2], voter)
        )
        return arguments

    return add


def count_queries(client, url):
    client.get(url)  # warms the caches (site root paths) like any visit before
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["", "?tri=recents", "?pour=2&contre=2"])
def test_the_debate_page_costs_the_same_queries_with_2_or_25_arguments(
    client, debate, options, resident, add_arguments, query
):
    services.cast_vote(debate, resident, options["Pour"])
    client.force_login(resident)
    add_arguments(2, resident)
    with_two = count_queries(client, debate.url + query)

    add_arguments(23, resident)
    with_twenty_five = count_queries(client, debate.url + query)

    assert Argument.objects.count() == 25
    assert with_twenty_five == with_two


def test_the_debate_page_costs_the_same_queries_for_a_visitor(client, debate, add_arguments):
    add_arguments(2, UserFactory())
    with_two = count_queries(client, debate.url)
    add_arguments(23, UserFactory())
    assert count_queries(client, debate.url) == with_two


def test_an_argument_page_costs_the_same_queries_with_2_or_40_replies(
    client, debate, resident, add_arguments
):
    client.force_login(resident)
    shown = add_arguments(2, resident)[0]
    url = space_url(debate, "argument", shown.pk)
    with_two = count_queries(client, url)

    Reply.objects.bulk_create(
        Reply(argument=shown, author=UserFactory(), body="Et alors ?") for _ in range(38)
    )
    add_arguments(23, resident)
    with_forty = count_queries(client, url)

    assert with_forty == with_two
