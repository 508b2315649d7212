"""The emails moderators receive (the digest of reports), in French, with a link to the charter.

What residents hear of a decision about them (a text hidden or restored, a suspension) goes
through the notifications: see notices.py.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site

from site_settings.models import SiteSettings

logger = logging.getLogger(__name__)


def _absolute(path):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + path if path and path.startswith("/") else path or base


def _site_context():
    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else None
    charter = getattr(site_settings, "charter_page", None)
    return {
        "city": getattr(site_settings, "city_name", ""),
        "charter_url": _absolute(charter.url) if charter and charter.live else "",
        "site_url": _absolute("/"),
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
