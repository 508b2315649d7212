"""Confirming one's email: optional by default, mandatory or off through a setting.

allauth reads ACCOUNT_EMAIL_VERIFICATION each time it needs it (a property over
django.conf.settings), so overriding it with pytest-django's `settings` fixture takes effect.
"""

import pytest
from allauth.account import app_settings as allauth_settings
from allauth.account.models import EmailAddress
from django.core import mail

from accounts.models import User

from ..factories import UserFactory
from .conftest import NEW_PASSWORD
from .helpers import LOGIN_URL, emailed_link, is_signed_in

SIGNUP_URL = "/compte/inscription/"
VERIFICATION_SENT_URL = "/compte/confirmation/"


def confirmation_link(message):
    return emailed_link(message, "/compte/confirmation/")


@pytest.mark.parametrize("method", ["optional", "mandatory", "none"])
def test_allauth_reads_the_verification_setting_at_call_time(settings, method):
    settings.ACCOUNT_EMAIL_VERIFICATION = method
    assert allauth_settings.EMAIL_VERIFICATION == method


def test_by_default_one_takes_part_at_once_and_receives_a_confirmation_email(
    client, charter, signup_data
):
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 302
    assert response.url == "/"
    assert is_signed_in(client)
    (message,) = mail.outbox
    assert message.to == [signup_data["email"]]
    assert "/compte/confirmation/" in message.body
    address = EmailAddress.objects.get(email=signup_data["email"])
    assert address.primary and not address.verified


def test_the_emailed_link_confirms_the_address(client, charter, signup_data):
    client.post(SIGNUP_URL, signup_data)
    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200, "the link opens a page to confirm on"
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=signup_data["email"]).verified


def test_an_unconfirmed_resident_signs_in_when_confirmation_is_optional(
    client, charter, signup_data
):
    client.post(SIGNUP_URL, signup_data)
    client.logout()
    response = client.post(
        LOGIN_URL, {"login": signup_data["email"], "password": signup_data["password1"]}
    )
    assert response.status_code == 302
    assert response.url == "/"
    response = client.get("/compte/")
    assert response.status_code == 200
    assert signup_data["email"] in response.content.decode()


@pytest.fixture
def mandatory(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"


def test_with_mandatory_confirmation_sign_up_ends_on_the_confirmation_sent_page(
    client, charter, signup_data, mandatory
):
    response = client.post(SIGNUP_URL, signup_data, follow=True)
    assert response.redirect_chain[-1][0] == VERIFICATION_SENT_URL
    assert response.status_code == 200
    assert "Vérifiez votre adresse e-mail" in response.content.decode()
    assert not is_signed_in(client)
    assert len(mail.outbox) == 1
    assert User.objects.filter(email=signup_data["email"]).exists()


def test_with_mandatory_confirmation_an_unconfirmed_resident_cannot_sign_in(
    client, charter, signup_data, mandatory
):
    client.post(SIGNUP_URL, signup_data)
    response = client.post(
        LOGIN_URL, {"login": signup_data["email"], "password": signup_data["password1"]}
    )
    assert response.status_code == 302
    assert response.url == VERIFICATION_SENT_URL
    assert not is_signed_in(client)
    # allauth waits 3 minutes (ACCOUNT_EMAIL_CONFIRMATION_COOLDOWN) before sending another one.
    assert len(mail.outbox) == 1


def test_with_mandatory_confirmation_a_confirmed_resident_signs_in(
    client, charter, signup_data, mandatory
):
    client.post(SIGNUP_URL, signup_data)
    client.post(confirmation_link(mail.outbox[0]))
    response = client.post(
        LOGIN_URL, {"login": signup_data["email"], "password": signup_data["password1"]}
    )
    assert response.status_code == 302
    assert response.url == "/"
    assert is_signed_in(client)


def test_with_mandatory_confirmation_an_email_in_use_gets_the_same_answer_and_no_account(
    client, charter, signup_data, mandatory
):
    """allauth then hides that the address has an account: its owner is told by email."""
    UserFactory(email=signup_data["email"])
    other = {**signup_data, "display_name": "Quelqu'un d'autre", "password1": NEW_PASSWORD + "!"}
    response = client.post(SIGNUP_URL, other)
    assert response.status_code == 302
    assert response.url == VERIFICATION_SENT_URL
    assert User.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == [signup_data["email"]]


def test_without_confirmation_no_email_is_sent_and_one_takes_part_at_once(
    client, charter, signup_data, settings
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "none"
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 302
    assert mail.outbox == []
    assert is_signed_in(client)
