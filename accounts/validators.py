import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PSEUDONYM_MIN_LENGTH = 3
PSEUDONYM_MAX_LENGTH = 30
LOOKS_LIKE_EMAIL = re.compile(r"@|\S+\.(fr|com|org|net)\b", re.IGNORECASE)
ALLOWED_CHARACTERS = re.compile(r"^[\w .'’-]+$")


def validate_pseudonym(value):
    """A pseudonym is shown in public: short, readable, and never an email address."""
    value = value.strip()
    if not PSEUDONYM_MIN_LENGTH <= len(value) <= PSEUDONYM_MAX_LENGTH:
        raise ValidationError(
            _("Your pseudonym must be %(min)s to %(max)s characters long."),
            code="length",
            params={"min": PSEUDONYM_MIN_LENGTH, "max": PSEUDONYM_MAX_LENGTH},
        )
    if LOOKS_LIKE_EMAIL.search(value):
        raise ValidationError(
            _("Your pseudonym must not look like an email address: it is shown in public."),
            code="email_like",
        )
    if not ALLOWED_CHARACTERS.match(value):
        raise ValidationError(
            _("Use letters, digits, spaces, dots, hyphens and apostrophes only."),
            code="characters",
        )
