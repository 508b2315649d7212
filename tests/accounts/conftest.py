"""Fixtures for residents' accounts: a sign-up form, another resident, signing in.

The charter and the fresh rate-limit memory come from tests/conftest.py.
"""

import pytest

from ..factories import PASSWORD, UserFactory

NEW_PASSWORD = "Un-autre-secret-2025"  # noqa: S105 - a test account


@pytest.fixture
def signup_data():
    """What a resident types in the sign-up form, everything valid."""
    return {
        "email": "camille.martin@example.test",
        "display_name": "Lou des tilleuls",
        "password1": NEW_PASSWORD,
        "accept_charter": "on",
    }


@pytest.fixture
def signed_in(client):
    """Signs a person in through the sign-in form, as a browser does, and returns the client."""

    def sign_in(user, password=PASSWORD):
        response = client.post("/compte/connexion/", {"login": user.email, "password": password})
        assert response.status_code == 302, response.content.decode()
        return client

    return sign_in


@pytest.fixture
def other_resident(db):
    return UserFactory(email="dominique.autre@example.test", display_name="Dominique du quai")
