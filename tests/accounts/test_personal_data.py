"""« Télécharger mes données »: everything Agora stores about a resident, and nothing else."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from freezegun import freeze_time

from accounts import personal_data

from .conftest import NEW_PASSWORD

DATA_URL = "/compte/mes-donnees/"


def download(client):
    response = client.get(DATA_URL)
    assert response.status_code == 200
    return response


def test_the_data_comes_as_a_json_file_to_download(client, resident):
    client.force_login(resident)
    response = download(client)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="mes-donnees-agora-')
    assert response["Content-Disposition"].endswith('.json"')


@freeze_time("2025-05-12 10:30:00")
def test_the_file_holds_the_account_and_the_consents_given_at_sign_up(client, charter, signup_data):
    client.post("/compte/inscription/", {**signup_data, "newsletter": "on"})
    data = json.loads(download(client).content)
    assert data["account"] == {
        "email": "camille.martin@example.test",
        "pseudonym": "Lou des tilleuls",
        "date_joined": "2025-05-12T10:30:00+00:00",
        "last_login": "2025-05-12T10:30:00+00:00",
        "email_addresses": [
            {"email": "camille.martin@example.test", "verified": False, "primary": True}
        ],
    }
    assert data["consents"] == {
        "charter_accepted_at": "2025-05-12T10:30:00+00:00",
        "charter_revision": charter.live_revision_id,
        "newsletter_consent_at": "2025-05-12T10:30:00+00:00",
        "newsletter_consent_version": "2026-11",
    }


def test_the_file_keeps_accents_readable(client, resident):
    resident.display_name = "Zoé à l'école"
    resident.save()
    client.force_login(resident)
    assert "Zoé à l'école".encode() in download(client).content


def test_the_file_holds_nothing_about_anyone_else(client, charter, signup_data, other_resident):
    EmailAddress.objects.create(user=other_resident, email=other_resident.email, verified=True)
    client.post("/compte/inscription/", signup_data)
    content = download(client).content
    assert b"camille.martin@example.test" in content
    for trace in [other_resident.email, other_resident.display_name, "dominique"]:
        assert trace.lower().encode() not in content.lower(), trace


def test_each_resident_downloads_their_own_data(client, resident, other_resident):
    client.force_login(other_resident)
    content = download(client).content
    assert other_resident.email.encode() in content
    assert resident.email.encode() not in content
    assert resident.display_name.encode() not in content


def test_the_file_has_no_password_hash_or_secret(client, charter, signup_data):
    client.post("/compte/inscription/", signup_data)
    content = download(client).content
    assert b"md5$" not in content, "a password hash leaked"
    assert NEW_PASSWORD.encode() not in content
    confirmation_key = mail.outbox[0].body.split("/compte/confirmation/")[1].split("/")[0]
    assert confirmation_key.encode() not in content


@pytest.fixture
def extra_section():
    personal_data.register("test_section", lambda user: {"pseudonym": user.display_name})
    yield
    personal_data._sections.pop("test_section")


def test_a_section_registered_by_another_app_is_included(client, resident, extra_section):
    client.force_login(resident)
    data = json.loads(download(client).content)
    assert data["test_section"] == {"pseudonym": "Camille du parc"}
    assert {"account", "consents"} <= data.keys()
