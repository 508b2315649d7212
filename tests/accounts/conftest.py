"""Fixtures for residents' accounts: a fresh rate-limit memory, the charter, a sign-up form."""

import pytest
from django.core.cache import cache

from site_settings.models import SiteSettings

from ..factories import StandardPageFactory, UserFactory

PASSWORD = "mot-de-passe-solide-42"  # noqa: S105 - the factories' password
NEW_PASSWORD = "Un-autre-secret-2025"  # noqa: S105 - a test account


@pytest.fixture(autouse=True)
def forget_rate_limits():
    """allauth counts attempts in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def charter(home_page):
    """The charter page, published and chosen in the site settings, as on a real site."""
    page = StandardPageFactory(parent=home_page, title="Charte de participation", slug="charte")
    page.save_revision().publish()
    page.refresh_from_db()
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.charter_page = page
    site_settings.save()
    return page


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
