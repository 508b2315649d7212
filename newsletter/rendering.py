"""The email version of a letter, rendered once per send; per recipient only the link differs.

The HTML (inline styles, no image) and the plain text carry UNSUBSCRIBE_PLACEHOLDER where each
recipient's own unsubscribe link goes: `Rendered.message()` puts it in by string substitution,
so that 10,000 recipients cost 10,000 replacements, not 10,000 template renderings. Every link
is made absolute on the site; a link to another host is unwrapped, its words kept.
"""

import html as html_lib
import re
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

from notifications import mail, unsubscribe

UNSUBSCRIBE_PLACEHOLDER = "__AGORA_NEWSLETTER_UNSUBSCRIBE__"
TEST_PREFIX = "[TEST] "

LINK = re.compile(r'<a\b[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
ROOT_RELATIVE = re.compile(r'(href|src)="/(?!/)')
STYLES = {
    "p": "margin:0 0 16px 0",
    "h2": "font-size:22px;margin:24px 0 12px 0",
    "h3": "font-size:18px;margin:20px 0 8px 0",
    "ul": "margin:0 0 16px 0;padding-left:24px",
    "ol": "margin:0 0 16px 0;padding-left:24px",
    "li": "margin:0 0 4px 0",
}
OPENING_TAG = re.compile(r"<(p|h2|h3|ul|ol|li)(\s[^>]*)?>")


@dataclass
class Rendered:
    subject: str
    text: str
    html: str

    def for_recipient(self, unsubscribe_url):
        return (
            self.text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe_url),
            self.html.replace(UNSUBSCRIBE_PLACEHOLDER, html_lib.escape(unsubscribe_url)),
        )

    @cached_property
    def _url_pattern(self):
        # Tokens are URL-safe (base64 and colons): the address of one is the address of
        # the placeholder with the token in its place, without resolving a URL per recipient.
        return unsubscribe.url(UNSUBSCRIBE_PLACEHOLDER)

    def message(self, to, token, connection=None):
        """The email to `to`, whose unsubscribe link and headers carry `token`."""
        text, html = self.for_recipient(self._url_pattern.replace(UNSUBSCRIBE_PLACEHOLDER, token))
        return mail.message(to, self.subject, text, html, token, connection)


def site_base():
    return mail.absolute("/").rstrip("/")


def absolutise(html):
    """Every link on the site made absolute; a link elsewhere unwrapped (its words stay)."""
    base = site_base()
    html = ROOT_RELATIVE.sub(lambda match: f'{match.group(1)}="{base}/', html)

    def keep_or_unwrap(match):
        href = match.group(1)
        if href == UNSUBSCRIBE_PLACEHOLDER or href == base or href.startswith(base + "/"):
            return match.group(0)
        return match.group(2)

    return LINK.sub(keep_or_unwrap, html)


def inline_styles(html):
    return OPENING_TAG.sub(
        lambda match: f'<{match.group(1)} style="{STYLES[match.group(1)]}">', html
    )


def email_rich_text(value):
    """A rich text block for an email: links absolute or unwrapped, inline styles."""
    source = value.source if hasattr(value, "source") else str(value)
    return inline_styles(absolutise(expand_db_html(source)))


BLOCK_END = re.compile(r"</(p|h2|h3|li|ul|ol)>|<br\s*/?>")


def text_of(html):
    """Plain text of rich text: one line per paragraph, links as "words (address)"."""
    html = LINK.sub(lambda match: f"{match.group(2)} ({match.group(1)})", html)
    html = re.sub(r"<li[^>]*>", "- ", html)
    html = BLOCK_END.sub("\n", html)
    lines = [html_lib.unescape(strip_tags(line)).strip() for line in html.splitlines()]
    return "\n".join(line for line in lines if line)


def _email_blocks(page):
    """(type, value, html, text) of each block, rendered for an email."""
    blocks = []
    for block in page.body:
        kind = block.block_type
        if kind == "text":
            rich = email_rich_text(block.value)
            blocks.append({"kind": kind, "html": rich, "text": text_of(rich)})
        elif kind == "heading":
            blocks.append({"kind": kind, "value": block.value})
        else:
            items = [
                {"item": item, "url": mail.absolute(item.url)} for item in block.value.entries()
            ]
            blocks.append({"kind": "live", "heading": block.value["heading"], "items": items})
    return blocks


def render_email(page, test=False):
    """The letter as an email, once: subject, text and HTML with the unsubscribe placeholder."""
    context = {
        **mail.site_context(),
        "page": page,
        "blocks": _email_blocks(page),
        "web_url": mail.absolute(page.url or "/"),
        "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = (TEST_PREFIX if test else "") + page.title
        context["subject"] = subject
        text = render_to_string("newsletter/emails/newsletter.txt", context).strip() + "\n"
        html = render_to_string("newsletter/emails/newsletter.html", context)
    return Rendered(subject, re.sub(r"\n{3,}", "\n\n", text), absolutise(html))
