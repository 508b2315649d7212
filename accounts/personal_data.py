"""The personal data export: each app registers what it stores about a person.

Apps add a section from their AppConfig.ready():

    personal_data.register("contributions", lambda user: [...])

so that "Télécharger mes données" always holds everything, without this app knowing the others.
"""

from allauth.account.models import EmailAddress

_sections = {}


def register(name, collect_section):
    """collect_section(user) returns JSON-ready data (dicts, lists, strings, numbers)."""
    _sections[name] = collect_section


def collect(user):
    return {name: collect_section(user) for name, collect_section in _sections.items()}


def _isoformat(value):
    return value.isoformat() if value else None


def account_section(user):
    return {
        "email": user.email,
        "pseudonym": user.display_name,
        "date_joined": _isoformat(user.date_joined),
        "last_login": _isoformat(user.last_login),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


def consents_section(user):
    return {
        "charter_accepted_at": _isoformat(user.charter_accepted_at),
        "charter_revision": user.charter_revision,
        "newsletter_consent_at": _isoformat(user.newsletter_consent_at),
        "newsletter_consent_version": user.newsletter_consent_version,
    }


register("account", account_section)
register("consents", consents_section)
