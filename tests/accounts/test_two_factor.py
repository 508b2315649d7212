"""Staff turn on two-factor authentication (TOTP); production requires it for the admin."""

import html
import re
import secrets

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from ..test_settings import manage
from .conftest import PASSWORD

ACTIVATE_URL = reverse("mfa_activate_totp")
AUTHENTICATE_URL = reverse("mfa_authenticate")
REAUTHENTICATE_URL = reverse("account_reauthenticate")


def current_code(secret):
    """The code an authenticator app shows now (the middle of allauth's tolerance window)."""
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def with_totp(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@pytest.fixture
def mfa_required(settings):
    settings.AGORA_STAFF_REQUIRE_MFA = True
    # One period either side, so that a code computed just before the clock ticks still passes.
    settings.MFA_TOTP_TOLERANCE = 1


def test_the_two_factor_pages_live_under_the_account_addresses():
    assert ACTIVATE_URL == "/compte/double-authentification/totp/activate/"
    assert AUTHENTICATE_URL == "/compte/double-authentification/authenticate/"
    assert REAUTHENTICATE_URL == "/compte/reconnexion/"


def test_production_requires_two_factor_for_staff_unless_told_otherwise():
    show = "from django.conf import settings; print(settings.AGORA_STAFF_REQUIRE_MFA)"
    environment = {"SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "agora.example"}
    # The last line: Django's shell first says how many objects it imported.
    assert manage("shell", "-c", show, **environment).stdout.split()[-1] == "True"
    result = manage("shell", "-c", show, STAFF_REQUIRE_MFA="false", **environment)
    assert result.stdout.split()[-1] == "False"


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/"])
def test_staff_without_two_factor_are_sent_to_turn_it_on(client, editor, mfa_required, path):
    client.force_login(editor)
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == ACTIVATE_URL


def test_staff_sent_to_turn_on_two_factor_are_told_why_in_french(client, editor, mfa_required):
    client.force_login(editor)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "Activez la double authentification pour accéder à l'administration." in content


def test_turning_two_factor_on_asks_for_the_password_again_even_just_after_signing_in(
    client, editor, mfa_required, signed_in
):
    """allauth.mfa wants a *re*-authentication: the sign-in a moment ago does not count."""
    signed_in(editor)
    response = client.get(ACTIVATE_URL)
    assert response.status_code == 302
    assert (
        response.url
        == f"{REAUTHENTICATE_URL}?next=%2Fcompte%2Fdouble-authentification%2Ftotp%2Factivate%2F"
    )
    response = client.post(response.url, {"password": PASSWORD})
    assert response.status_code == 302
    assert response.url == ACTIVATE_URL
    response = client.get(ACTIVATE_URL)
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "Activer l'application d'authentification" in content


def test_a_superuser_without_two_factor_is_sent_to_turn_it_on_too(client, superuser, mfa_required):
    client.force_login(superuser)
    assert client.get("/admin/").url == ACTIVATE_URL


def test_staff_with_two_factor_open_the_admin(client, editor, mfa_required):
    with_totp(editor)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_staff_browse_the_public_site_without_two_factor(client, home_page, editor, mfa_required):
    client.force_login(editor)
    assert client.get("/").status_code == 200
    assert client.get("/compte/").status_code == 200


def test_a_resident_is_never_asked_for_two_factor(client, home_page, resident, mfa_required):
    client.force_login(resident)
    assert client.get("/").status_code == 200
    assert client.get("/compte/").status_code == 200
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/compte/connexion/"), "the admin refuses them, as always"


def test_an_anonymous_visitor_of_the_admin_is_sent_to_sign_in(client, db, mfa_required):
    assert client.get("/admin/").url == "/compte/connexion/?next=/admin/"


def test_without_the_requirement_staff_open_the_admin_without_two_factor(client, editor, settings):
    settings.AGORA_STAFF_REQUIRE_MFA = False
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_an_editor_turns_on_two_factor_then_signs_in_with_a_code(
    client, editor, mfa_required, signed_in
):
    signed_in(editor)
    assert client.get("/admin/").url == ACTIVATE_URL
    client.post(REAUTHENTICATE_URL, {"password": PASSWORD})
    assert client.get(ACTIVATE_URL).status_code == 200
    secret = client.session["mfa.totp.secret"]

    wrong = client.post(ACTIVATE_URL, {"code": "000000"})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"] == ["Code incorrect."]
    response = client.post(ACTIVATE_URL, {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200

    client.post("/compte/deconnexion/")
    response = client.post(
        "/compte/connexion/?next=/admin/", {"login": editor.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url.startswith(AUTHENTICATE_URL), "the password alone is not enough"
    assert client.get("/admin/").status_code == 302
    response = client.post(AUTHENTICATE_URL, {"code": current_code(secret)})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_at_sign_in_is_refused_in_french(client, editor, mfa_required):
    with_totp(editor)
    client.post("/compte/connexion/", {"login": editor.email, "password": PASSWORD})
    response = client.post(AUTHENTICATE_URL, {"code": "000000"})
    assert response.status_code == 200
    assert "Code incorrect." in response.content.decode()
    assert client.get("/compte/").status_code == 302, "not signed in"


def test_only_staff_see_the_two_factor_link_on_their_profile(client, resident, editor):
    client.force_login(resident)
    assert "/compte/double-authentification/" not in client.get("/compte/").content.decode()
    client.force_login(editor)
    assert re.search(
        r'href="/compte/double-authentification/"', client.get("/compte/").content.decode()
    )
