"""Residents sign up with an email, a pseudonym, a password and the charter, in French."""

import pytest
from django.core import mail
from freezegun import freeze_time

from accounts.models import User

from ..factories import UserFactory

SIGNUP_URL = "/compte/inscription/"
FIELDS = ["email", "display_name", "password1", "accept_charter", "newsletter"]


def test_the_sign_up_page_asks_for_email_pseudonym_password_and_the_charter(client, charter):
    response = client.get(SIGNUP_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for name in FIELDS:
        assert f'name="{name}"' in content, name
    assert "Pseudonyme" in content
    assert f'href="{charter.url}"' in content, "the page must link to the charter"


def test_the_newsletter_box_is_not_ticked_in_advance(client, charter):
    form = client.get(SIGNUP_URL).context["form"]
    assert not form["newsletter"].value()
    assert "checked" not in str(form["newsletter"])


@freeze_time("2025-05-12 10:30:00")
def test_a_resident_signs_up_and_the_charter_revision_they_accepted_is_recorded(
    client, charter, signup_data
):
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 302
    user = User.objects.get(email="camille.martin@example.test")
    assert user.display_name == "Lou des tilleuls"
    assert user.check_password(signup_data["password1"])
    assert user.charter_accepted_at.isoformat() == "2025-05-12T10:30:00+00:00"
    assert user.charter_revision == charter.live_revision_id
    assert user.newsletter_consent_at is None, "the newsletter needs an explicit yes"
    assert not user.is_staff


def test_the_revision_recorded_is_the_charter_live_at_sign_up(client, charter, signup_data):
    first_revision = charter.live_revision_id
    charter.body = "<p>La charte révisée.</p>"
    charter.save_revision().publish()
    charter.refresh_from_db()
    assert charter.live_revision_id != first_revision
    client.post(SIGNUP_URL, signup_data)
    assert User.objects.get().charter_revision == charter.live_revision_id


@freeze_time("2025-05-12 10:30:00")
def test_the_newsletter_consent_is_recorded_with_its_date(client, charter, signup_data):
    client.post(SIGNUP_URL, {**signup_data, "newsletter": "on"})
    user = User.objects.get()
    assert user.newsletter_consent_at.isoformat() == "2025-05-12T10:30:00+00:00"


def test_a_pseudonym_is_stored_without_surrounding_spaces(client, charter, signup_data):
    client.post(SIGNUP_URL, {**signup_data, "display_name": "  Lou des tilleuls  "})
    assert User.objects.get().display_name == "Lou des tilleuls"


def test_a_robot_filling_the_hidden_field_is_told_the_email_is_sent_but_gets_no_account(
    client, charter, signup_data
):
    response = client.post(SIGNUP_URL, {**signup_data, "site_web": "https://spam.example"})
    assert response.status_code == 302
    assert response.url == "/compte/confirmation/"
    assert User.objects.count() == 0
    assert mail.outbox == []


def test_the_hidden_field_for_robots_is_hidden_from_people(client, charter):
    content = client.get(SIGNUP_URL).content.decode()
    assert 'name="site_web"' in content
    assert 'aria-hidden="true"' in content
    assert 'tabindex="-1"' in content


@pytest.fixture
def taken_account(client, charter, signup_data):
    """A resident who signed up through the form earlier."""
    data = {**signup_data, "email": "lou.martin@example.test", "display_name": "Claude des Lilas"}
    client.post(SIGNUP_URL, data)
    client.logout()
    mail.outbox.clear()
    return User.objects.get()


REFUSED_SIGNUPS = {
    "the email of a resident in capitals": (
        {"email": "LOU.MARTIN@Example.test"},
        "email",
        "Un autre utilisateur utilise déjà cette adresse",
    ),
    "the same pseudonym in another case": (
        {"display_name": "CLAUDE DES LILAS"},
        "display_name",
        "Ce pseudonyme est déjà pris",
    ),
    "no charter": ({"accept_charter": ""}, "accept_charter", "Vous devez accepter la charte"),
    "a weak password": ({"password1": "123"}, "password1", "Ce mot de passe est trop court"),
    "a numeric password": ({"password1": "48291736"}, "password1", "entièrement numérique"),
    "a pseudonym that is an email": (
        {"display_name": "lou@example.test"},
        "display_name",
        "ne doit pas ressembler à une adresse électronique",
    ),
    "a pseudonym that ends like a web address": (
        {"display_name": "lou.tilleuls.fr"},
        "display_name",
        "ne doit pas ressembler à une adresse électronique",
    ),
    "a pseudonym too short": ({"display_name": "Lu"}, "display_name", "de 3 à 30 caractères"),
    "a pseudonym too long": ({"display_name": "L" * 31}, "display_name", "30"),
    # Wagtail's French catalogue comes first and says "Champ requis." where Django's does not.
    "no email": ({"email": ""}, "email", "Champ requis."),
}


@pytest.mark.parametrize(
    ("changes", "field", "message"), REFUSED_SIGNUPS.values(), ids=REFUSED_SIGNUPS.keys()
)
def test_a_refused_sign_up_explains_why_in_french_and_creates_nothing(
    client, charter, signup_data, taken_account, changes, field, message
):
    response = client.post(SIGNUP_URL, {**signup_data, **changes})
    assert response.status_code in (200, 400)
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors, response.context["form"].errors
    assert message.replace("'", "&#x27;") in response.content.decode(), "shown on the page"
    assert list(User.objects.all()) == [taken_account]
    assert mail.outbox == []


@pytest.mark.parametrize("typed", ["Claude.Dupont@example.test", "claude.dupont@example.test"])
def test_signing_up_with_the_email_of_an_account_created_in_the_admin_is_refused(
    client, charter, signup_data, typed
):
    UserFactory(email="Claude.Dupont@example.test")
    response = client.post(SIGNUP_URL, {**signup_data, "email": typed})
    assert response.status_code in (200, 400)
    assert "Un autre utilisateur utilise déjà cette adresse" in response.content.decode()
    assert User.objects.count() == 1
