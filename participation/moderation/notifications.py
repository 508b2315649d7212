"""The emails moderators receive (the digest of reports), in French, with a link to the charter.

What residents hear of a decision about them (a text hidden or restored, a suspension) goes
through the notifications: see notices.py.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from site_settings.addresses import absolute, charter_path, default_settings

logger = logging.getLogger(__name__)


def _site_context():
    charter = charter_path()
    return {
        "city": getattr(default_settings(), "city_name", ""),
        "charter_url": absolute(charter) if charter else "",
        "site_url": absolute("/"),
    }


def send(template, recipient, **context):
    """Renders moderation/emails/<template>(_subject).txt in French and sends it."""
    if not recipient:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {**_site_context(), **context}
        subject = render_to_string(f"moderation/emails/{template}_subject.txt", context)
        body = render_to_string(f"moderation/emails/{template}.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [recipient])
    except OSError:
        logger.exception("Moderation email %s to user could not be sent", template)


def report_received(report):
    """Reports reach moderators in the queue and in their digest (see digest.send_digests)."""
