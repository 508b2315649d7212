"""The consent of account holders: its date and the version of the words agreed to."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.html import escape

from accounts.consents import NEWSLETTER_CONSENT_LABEL, NEWSLETTER_CONSENT_VERSION
from accounts.services import set_newsletter_consent
from notifications import unsubscribe

from ..accounts.conftest import signup_data  # noqa: F401


def test_signing_up_with_the_box_ticked_records_the_version_of_the_text(
    client,
    charter,
    signup_data,  # noqa: F811
):
    client.post("/compte/inscription/", {**signup_data, "newsletter": "on"})
    user = get_user_model().objects.get()
    assert user.newsletter_consent_at is not None
    assert user.newsletter_consent_version == NEWSLETTER_CONSENT_VERSION


def test_the_profile_shows_the_consent_text_and_withdrawing_clears_it(client, resident):
    client.force_login(resident)
    assert escape(str(NEWSLETTER_CONSENT_LABEL)) in client.get("/compte/").content.decode()
    client.post("/compte/", {"display_name": resident.display_name, "newsletter": "on"})
    resident.refresh_from_db()
    assert resident.newsletter_consent_version == NEWSLETTER_CONSENT_VERSION
    client.post("/compte/", {"display_name": resident.display_name})
    resident.refresh_from_db()
    assert (resident.newsletter_consent_at, resident.newsletter_consent_version) == (None, "")


def test_the_unsubscribe_link_of_an_account_withdraws_the_consent_for_good(resident):
    set_newsletter_consent(resident, True)
    token = unsubscribe.token("account", resident.pk, "newsletter")
    response = Client(enforce_csrf_checks=True).post(unsubscribe.url(token))
    assert response.status_code == 200
    resident.refresh_from_db()
    assert resident.newsletter_consent_at is None
