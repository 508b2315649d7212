"""A forgotten password replaced through an emailed link, and a password changed."""

from django.core import mail

from ..factories import UserFactory
from .conftest import NEW_PASSWORD, PASSWORD
from .helpers import emailed_link, is_signed_in, sign_in


def request_reset(client, email):
    return client.post("/compte/mot-de-passe/oublie/", {"email": email})


def test_a_forgotten_password_is_replaced_through_the_emailed_link(client, resident):
    response = request_reset(client, resident.email)
    assert response.status_code == 302
    assert response.url == "/compte/mot-de-passe/oublie/envoye/"
    (message,) = mail.outbox
    assert message.to == [resident.email]
    link = emailed_link(message, "/compte/mot-de-passe/nouveau/")

    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    assert form_url.startswith("/compte/mot-de-passe/nouveau/")
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response.url == "/compte/mot-de-passe/nouveau/fait/"

    assert sign_in(client, resident.email, PASSWORD).status_code == 200, "old password refused"
    assert sign_in(client, resident.email, NEW_PASSWORD).status_code == 302


def test_a_reset_link_works_only_once(client, resident):
    request_reset(client, resident.email)
    link = emailed_link(mail.outbox[0], "/compte/mot-de-passe/nouveau/")
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()
    response = client.get(link, follow=True)
    assert response.context["token_fail"]
    assert "Mauvais jeton" in response.content.decode()


def test_a_reset_for_an_unknown_email_looks_the_same_and_gives_no_link(client, db):
    response = request_reset(client, "personne@example.test")
    assert response.status_code == 302
    assert response.url == "/compte/mot-de-passe/oublie/envoye/"
    (message,) = mail.outbox
    assert "/compte/mot-de-passe/nouveau/" not in message.body


def test_an_account_created_with_capitals_in_its_email_can_reset_its_password(client, db):
    UserFactory(email="Claude.Dupont@example.test")
    request_reset(client, "Claude.Dupont@example.test")
    (message,) = mail.outbox
    assert "/compte/mot-de-passe/nouveau/" in message.body


def test_a_resident_changes_their_password_with_the_current_one(client, resident, signed_in):
    signed_in(resident)
    response = client.post(
        "/compte/mot-de-passe/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    resident.refresh_from_db()
    assert resident.check_password(NEW_PASSWORD)
    assert is_signed_in(client), "changing one's password keeps this session"


def test_a_wrong_current_password_is_refused_in_french(client, resident, signed_in):
    signed_in(resident)
    response = client.post(
        "/compte/mot-de-passe/",
        {"oldpassword": "pas-le-bon", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["oldpassword"] == [
        "Merci d'indiquer votre mot de passe actuel."
    ]
    resident.refresh_from_db()
    assert resident.check_password(PASSWORD)
