"""Signing in and out with allauth, in French, and the limit on failed attempts."""

from ..factories import UserFactory
from .conftest import PASSWORD
from .helpers import LOGIN_URL, is_signed_in, sign_in

WRONG_CREDENTIALS = "L’adresse e-mail ou le mot de passe sont incorrects."
TOO_MANY_ATTEMPTS = "Trop de tentatives de connexion échouées"


def test_the_sign_in_page_is_in_french(client, db):
    response = client.get(LOGIN_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr"' in content
    assert 'name="login"' in content
    assert 'name="password"' in content
    assert "Mot de passe oublié" in content


def test_a_resident_signs_in_with_their_email_and_password(client, resident):
    response = sign_in(client, resident.email)
    assert response.status_code == 302
    assert response.url == "/"
    assert is_signed_in(client)


def test_signing_in_goes_back_to_the_page_asked_for(client, resident):
    response = client.post(
        LOGIN_URL + "?next=/campagnes/", {"login": resident.email, "password": PASSWORD}
    )
    assert response.url == "/campagnes/"


def test_signing_in_never_sends_to_another_site(client, resident):
    response = client.post(
        LOGIN_URL + "?next=https://evil.example/", {"login": resident.email, "password": PASSWORD}
    )
    assert response.url == "/"


def test_an_unknown_email_and_a_wrong_password_get_the_same_french_message(client, resident):
    unknown = sign_in(client, "personne@example.test")
    wrong = sign_in(client, resident.email, "pas-le-bon-mot-de-passe")
    assert unknown.status_code == wrong.status_code == 200
    assert unknown.context["form"].errors == wrong.context["form"].errors
    assert unknown.context["form"].non_field_errors() == [WRONG_CREDENTIALS]
    assert WRONG_CREDENTIALS in wrong.content.decode()
    assert not is_signed_in(client)


def test_the_sixth_failed_sign_in_for_one_email_is_refused_even_with_the_right_password(
    client, resident
):
    for _ in range(5):
        assert (
            WRONG_CREDENTIALS
            in sign_in(client, resident.email, "non").context["form"].non_field_errors()
        )
    response = sign_in(client, resident.email)
    assert response.status_code == 200
    assert TOO_MANY_ATTEMPTS in " ".join(response.context["form"].non_field_errors())
    assert TOO_MANY_ATTEMPTS in response.content.decode()
    assert not is_signed_in(client)


def test_failed_sign_ins_for_one_email_do_not_lock_another_account(client, resident):
    other = UserFactory()
    for _ in range(6):
        sign_in(client, resident.email, "non")
    assert sign_in(client, other.email).status_code == 302


def test_a_resident_signs_out_with_a_post(client, resident, signed_in):
    signed_in(resident)
    response = client.post("/compte/deconnexion/")
    assert response.status_code == 302
    assert response.url == "/"
    assert not is_signed_in(client)


def test_opening_the_sign_out_address_asks_for_confirmation_and_keeps_the_session(
    client, resident, signed_in
):
    signed_in(resident)
    response = client.get("/compte/deconnexion/")
    assert response.status_code == 200
    assert "Êtes-vous sûr(e) de vouloir vous déconnecter ?" in response.content.decode()
    assert is_signed_in(client)
