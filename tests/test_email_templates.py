"""No email links to another host: every template an email is rendered from, the site's own
and allauth's, is read, and any address written in it is refused. Addresses in emails come
from variables made absolute on the site's own address (notifications.mail.absolute)."""

import re
from pathlib import Path

import pytest
from django.template import engines
from django.template.loaders.app_directories import get_app_template_dirs

URL = re.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}", re.IGNORECASE)
# Email templates live in a folder named emails/ (the site's) or email/ (allauth's).
EMAIL_FOLDERS = {"emails", "email"}


def email_templates():
    folders = [*engines["django"].engine.dirs, *get_app_template_dirs("templates")]
    found = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file() and EMAIL_FOLDERS & set(path.relative_to(folder).parts[:-1]):
                found.append(path)
    return sorted(found)


def test_every_app_that_emails_has_its_templates_read():
    names = {str(path) for path in email_templates()}
    apps = ("notifications/emails", "moderation/emails", "newsletter/emails", "account/email")
    for folder in apps:
        assert any(folder in name for name in names), folder


@pytest.mark.parametrize("path", email_templates(), ids=lambda path: "/".join(path.parts[-3:]))
def test_no_email_template_holds_the_address_of_another_host(path):
    assert URL.findall(path.read_text(encoding="utf-8")) == []
