"""A resident deletes their account: their data goes, what they published stays, anonymous."""

import html
import logging

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from accounts.models import User

from .conftest import PASSWORD

DELETE_URL = "/compte/supprimer/"


def delete(client, password=PASSWORD):
    return client.post(DELETE_URL, {"password": password})


@pytest.fixture
def consenting_resident(resident):
    """A resident with everything an account can hold: an address record and both consents."""
    EmailAddress.objects.create(user=resident, email=resident.email, verified=True, primary=True)
    resident.charter_accepted_at = resident.newsletter_consent_at = timezone.now()
    resident.charter_revision = 1
    resident.save()
    return resident


def test_the_page_says_beforehand_what_is_erased_and_what_stays(client, resident, signed_in):
    signed_in(resident)
    response = client.get(DELETE_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "seront effacés" in content
    assert "Compte supprimé" in content, "published content stays under « Compte supprimé »"
    assert 'name="password"' in content
    assert 'href="/compte/mes-donnees/"' in content, "the data can be downloaded first"


def test_a_wrong_password_deletes_nothing_and_says_so_in_french(client, resident, signed_in):
    signed_in(resident)
    response = delete(client, "pas-le-bon")
    assert response.status_code == 400
    assert response.context["form"].errors["password"] == ["Ce mot de passe n'est pas le bon."]
    resident.refresh_from_db()
    assert resident.deleted_at is None
    assert resident.is_active
    assert resident.display_name == "Camille du parc"
    assert client.get("/compte/").status_code == 200, "still signed in"


@freeze_time("2025-05-20 08:00:00")
def test_deleting_erases_the_personal_data_but_keeps_the_row(
    client, consenting_resident, signed_in
):
    signed_in(consenting_resident)
    response = delete(client)
    assert response.status_code == 302
    assert response.url == "/"
    user = User.objects.get(pk=consenting_resident.pk)
    assert user.deleted_at.isoformat() == "2025-05-20T08:00:00+00:00"
    assert user.public_name == "Compte supprimé"
    assert str(user) == "Compte supprimé"
    assert not user.is_active
    assert user.display_name == ""
    assert "habitant" not in user.email and consenting_resident.email != user.email
    assert user.newsletter_consent_at is None
    assert not user.has_usable_password()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(email__iexact=consenting_resident.email).exists()


def test_deleting_ends_the_session_with_a_french_message(client, resident, signed_in):
    signed_in(resident)
    response = client.post(DELETE_URL, {"password": PASSWORD}, follow=True)
    assert "Votre compte est supprimé. Merci d'avoir participé." in html.unescape(
        response.content.decode()
    )
    assert not response.context["user"].is_authenticated
    assert client.get("/compte/").status_code == 302


def test_the_old_email_and_password_no_longer_sign_in(client, resident, signed_in):
    email = resident.email
    signed_in(resident)
    delete(client)
    response = client.post("/compte/connexion/", {"login": email, "password": PASSWORD})
    assert response.status_code == 200
    assert "L’adresse e-mail ou le mot de passe sont incorrects." in response.content.decode()


def test_another_session_of_the_same_account_is_ended_too(client, resident, signed_in):
    phone = Client()
    phone.post("/compte/connexion/", {"login": resident.email, "password": PASSWORD})
    assert phone.get("/compte/").status_code == 200
    signed_in(resident)
    delete(client)
    assert phone.get("/compte/").status_code == 302
    assert not phone.get("/").context["user"].is_authenticated


def test_the_email_and_pseudonym_are_free_again(client, charter, resident, signed_in):
    email = resident.email
    signed_in(resident)
    delete(client)
    response = client.post(
        "/compte/inscription/",
        {
            "email": email,
            "display_name": "Camille du parc",
            "password1": "Un-nouveau-depart-2025",
            "accept_charter": "on",
        },
    )
    assert response.status_code == 302
    assert User.objects.filter(email=email, display_name="Camille du parc").exists()


def test_a_deleted_editor_loses_every_right(client, editor, signed_in):
    signed_in(editor)
    delete(client)
    editor.refresh_from_db()
    assert not editor.is_staff and not editor.is_superuser
    assert not editor.groups.exists()
    assert not Group.objects.get(name="Rédaction").user_set.filter(pk=editor.pk).exists()


def test_the_deletion_is_logged_without_personal_data(client, resident, signed_in, caplog):
    email, pseudonym = resident.email, resident.display_name
    signed_in(resident)
    with caplog.at_level(logging.INFO, logger="accounts"):
        delete(client)
    records = [record for record in caplog.records if record.name.startswith("accounts")]
    assert len(records) == 1
    message = records[0].getMessage()
    assert str(resident.pk) in message
    for trace in [email, email.split("@")[0], pseudonym]:
        assert trace not in message
        assert trace not in repr(records[0].args)
