"""The consents a person gives, each text defined once with its version.

The version is stored with the consent: when the text changes, its version changes too, and
each stored consent still says which words the person agreed to.
"""

from django.utils.translation import gettext_lazy as _

NEWSLETTER_CONSENT_VERSION = "2026-11"
NEWSLETTER_CONSENT_LABEL = _(
    "I would like to receive the newsletter about the city's consultations"
)
