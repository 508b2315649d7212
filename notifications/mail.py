"""Every email the site sends to residents: French, plain text and HTML, links to the site only.

An email is a template name without extension: `<name>_subject.txt`, `<name>.txt`, and
optionally `<name>.html`; without an HTML template, the HTML part is the text with its
paragraphs and links, in the site's email layout. No image, no tracking pixel, no address of
another host: every link is made absolute with the site's own address.

Emails sent in bulk (digests, the newsletter) carry List-Unsubscribe and
List-Unsubscribe-Post (RFC 8058): see unsubscribe.py.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.defaultfilters import linebreaks_filter, urlize
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from site_settings.addresses import absolute, charter_path, default_settings

from . import unsubscribe


def site_context():
    """What every email may say of the site: the city, its charter, its address."""
    site_settings = default_settings()
    charter = charter_path(site_settings)
    return {
        "city": getattr(site_settings, "city_name", "") or "",
        "charter_url": absolute(charter) if charter else "",
        "site_url": absolute("/"),
        "preferences_url": absolute(reverse("notifications:preferences")),
    }


def render(template, context):
    """(subject, text, html) of `template` in French with `context`."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context).strip() + "\n"
        try:
            html_template = get_template(f"{template}.html")
        except TemplateDoesNotExist:
            html = render_to_string(
                "notifications/emails/layout.html",
                {**context, "subject": subject, "body": _text_as_html(text)},
            )
        else:
            html = html_template.render({**context, "subject": subject})
    return subject, text, html


def _text_as_html(text):
    return mark_safe(urlize(linebreaks_filter(text, autoescape=True), autoescape=False))  # noqa: S308


def message(to, subject, text, html, unsubscribe_token=None, connection=None):
    """An email ready to send; with a token, the two unsubscribe headers of RFC 8058."""
    email = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [to],
        connection=connection,
        headers=unsubscribe.headers(unsubscribe_token) if unsubscribe_token else None,
    )
    email.attach_alternative(html, "text/html")
    return email


def send(to, template, context, unsubscribe_token=None):
    """Renders `template` for one person and sends it; returns the number sent (0 or 1)."""
    context = {**site_context(), **context}
    if unsubscribe_token:
        context["unsubscribe_url"] = unsubscribe.url(unsubscribe_token)
    subject, text, html = render(template, context)
    return message(to, subject, text, html, unsubscribe_token).send()
