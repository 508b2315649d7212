"""What happens to an account beyond a form: consents, the personal data export, deletion."""

import logging

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from site_settings.models import SiteSettings

from . import personal_data
from .consents import NEWSLETTER_CONSENT_VERSION

logger = logging.getLogger(__name__)


def current_charter_revision(request):
    """The id of the charter page's live revision, recorded with each acceptance."""
    site = Site.find_for_request(request)
    charter = SiteSettings.for_site(site).charter_page if site else None
    return charter.live_revision_id if charter else None


def record_signup_consents(user, *, display_name, charter_revision, newsletter):
    user.display_name = display_name
    user.charter_accepted_at = timezone.now()
    user.charter_revision = charter_revision
    set_newsletter_consent(user, newsletter, save=False)
    user.save(
        update_fields=[
            "display_name",
            "charter_accepted_at",
            "charter_revision",
            "newsletter_consent_at",
            "newsletter_consent_version",
        ]
    )


def set_newsletter_consent(user, wanted, *, save=True):
    """Keeps the date of the consent, and the version of the text agreed to, as long as it
    stands; withdrawing it clears both. Saved at once unless the caller saves the user."""
    if wanted and not user.newsletter_consent_at:
        user.newsletter_consent_at = timezone.now()
        user.newsletter_consent_version = NEWSLETTER_CONSENT_VERSION
    elif not wanted:
        user.newsletter_consent_at = None
        user.newsletter_consent_version = ""
    if save and user.pk:
        user.save(update_fields=["newsletter_consent_at", "newsletter_consent_version"])


def export_personal_data(user):
    """Everything stored about this person, as a JSON-ready dict."""
    return personal_data.collect(user)


@transaction.atomic
def delete_account(user):
    """Erases the person's data but keeps what they published, shown as "Compte supprimé".

    The row stays so that contributions keep their author link; the email is replaced, the
    password made unusable and the account deactivated. Changing the password hash also ends
    every other session of the account (Django checks it on each request).
    """
    user_id = user.pk
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.email = f"compte-supprime-{user_id}@invalid.invalid"
    user.display_name = ""
    user.newsletter_consent_at = None
    user.newsletter_consent_version = ""
    user.charter_accepted_at = None
    user.charter_revision = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    logger.info("Account %s deleted at its owner's request", user_id)
