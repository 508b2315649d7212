"""Reacting to an argument through its buttons and its page: finding it useful, replying."""

import uuid

import pytest

from participation.debates import services
from participation.debates.models import Reply, UsefulMark

from ..helpers import space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


@pytest.fixture
def argument(debate, residents):
    argument, _ = services.create_argument(
        debate, residents[1], "for", "Moins de bruit", "Le parc serait plus calme."
    )
    return argument


# Useful marks


def test_a_resident_marks_an_argument_useful_once(client, debate, argument, residents):
    client.force_login(residents[0])
    url = space_url(debate, "useful", argument.pk)

    first = client.post(url, {"action": "mark", "next": f"{debate.url}#argument-{argument.pk}"})
    client.post(url, {"action": "mark"})

    assert first.url == f"{debate.url}#argument-{argument.pk}"
    argument.refresh_from_db()
    assert argument.useful_count == 1
    page = visible_text(client.get(debate.url))
    assert "1 personne l'a trouvé utile" in page and "Ne plus marquer utile" in page

    client.post(url, {"action": "unmark"})
    argument.refresh_from_db()
    assert argument.useful_count == 0


def test_an_author_cannot_find_their_own_argument_useful(client, debate, argument):
    client.force_login(argument.author)
    card = visible_text(client.get(debate.url)).split("Moins de bruit", 1)[1]
    assert "Utile" not in card.split("Arguments contre")[0]

    response = client.post(space_url(debate, "useful", argument.pk), {"action": "mark"})

    assert response.status_code == 403
    assert "Vous ne pouvez pas marquer votre propre argument comme utile." in visible_text(response)
    assert not UsefulMark.objects.exists()


def test_an_unknown_useful_action_is_refused(client, debate, argument, resident):
    client.force_login(resident)
    response = client.post(space_url(debate, "useful", argument.pk), {"action": "aimer"})
    assert response.status_code == 400
    assert "Action inconnue." in visible_text(response)


# Replies


def test_a_reply_shows_under_the_argument_and_is_stored_once(client, debate, argument, resident):
    client.force_login(resident)
    data = {"body": "Mais les livraisons ?", "submission_key": str(uuid.uuid4())}

    first = client.post(space_url(debate, "reply", argument.pk), data)
    second = client.post(space_url(debate, "reply", argument.pk), data)

    reply = Reply.objects.get()
    assert first.url == second.url
    assert first.url == f"{space_url(debate, 'argument', argument.pk)}#reponse-{reply.pk}"
    page = visible_text(client.get(first.url))
    assert "Votre réponse est publiée." in page and "Mais les livraisons ?" in page
    argument.refresh_from_db()
    assert argument.replies_count == 1
    assert "1 réponse" in visible_text(client.get(debate.url))


def test_an_empty_reply_is_refused_in_french(client, debate, argument, resident):
    client.force_login(resident)
    response = client.post(space_url(debate, "reply", argument.pk), {"body": ""})
    assert response.status_code == 400
    assert "Champ requis." in visible_text(response)
    assert not Reply.objects.exists()


def test_replies_come_oldest_first_thirty_a_page(client, debate, argument, residents):
    Reply.objects.bulk_create(
        Reply(argument=argument, author=residents[0], body=f"Réponse numéro {n:02}")
        for n in range(31)
    )
    url = space_url(debate, "argument", argument.pk)
    first, second = visible_text(client.get(url)), visible_text(client.get(url + "?page=2"))
    assert first.index("Réponse numéro 00") < first.index("Réponse numéro 29")
    assert "Réponse numéro 30" not in first and "Réponse numéro 30" in second


def test_a_hidden_reply_shows_the_reason_and_its_text_to_its_author_only(
    client, debate, argument, residents
):
    reply, _ = services.add_reply(argument, residents[0], "Texte masqué")
    Reply.objects.filter(pk=reply.pk).update(status="hidden", hidden_reason="hors sujet")
    url = space_url(debate, "argument", argument.pk)

    page = visible_text(client.get(url))
    assert "Masqué par la modération : hors sujet" in page and "Texte masqué" not in page
    client.force_login(residents[0])
    assert "Texte masqué" in visible_text(client.get(url))


def test_posting_too_many_replies_is_refused_in_french(client, debate, argument, resident):
    client.force_login(resident)
    for n in range(20):
        client.post(space_url(debate, "reply", argument.pk), {"body": f"Réponse {n}"})
    response = client.post(space_url(debate, "reply", argument.pk), {"body": "De trop"})
    assert response.status_code == 429
    assert Reply.objects.count() == 20
