"""After posting in a thread, the resident lands on the page of the thread where their text is."""

import uuid

import pytest

from participation.contributions import services
from participation.contributions.models import Comment

from ..helpers import space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def contribution(space, residents):
    contribution, _ = services.create_contribution(space, residents[0], title="T", body="B")
    Comment.objects.bulk_create(
        Comment(contribution=contribution, author=residents[1], body=f"Avis numéro {n:02}")
        for n in range(30)
    )
    return contribution


def _comment(client, space, contribution, **data):
    data.setdefault("submission_key", str(uuid.uuid4()))
    return client.post(space_url(space, "comment", contribution.pk), data)


def test_a_31st_comment_sends_its_author_to_page_2_where_it_is(
    client, space, contribution, resident
):
    client.force_login(resident)

    response = _comment(client, space, contribution, body="Le trente et unième avis")

    new = Comment.objects.get(body="Le trente et unième avis")
    url = space_url(space, "contribution", contribution.pk)
    assert response.url == f"{url}?page=2#commentaire-{new.pk}"
    assert f'id="commentaire-{new.pk}"' in client.get(f"{url}?page=2").content.decode()
    assert "Le trente et unième avis" not in visible_text(client.get(url))


def test_a_reply_to_a_comment_of_page_1_stays_on_page_1(client, space, contribution, resident):
    _comment(client, space, contribution, body="x")  # a visitor's post changes nothing
    client.force_login(resident)
    first = Comment.objects.order_by("pk").first()
    _comment(client, space, contribution, body="Le 31e")

    response = _comment(client, space, contribution, body="Je réponds", parent=first.pk)

    reply = Comment.objects.get(body="Je réponds")
    url = space_url(space, "contribution", contribution.pk)
    assert response.url == f"{url}#commentaire-{reply.pk}"
