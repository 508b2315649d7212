"""What each email carries, one-click unsubscribing, a send stopped and resumed, the test send."""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client
from wagtail.rich_text import RichText

from newsletter import sending
from newsletter.models import NewsletterDelivery, NewsletterSubscriber
from newsletter.models.sending import DeliveryStatus, SendStatus
from newsletter.rendering import UNSUBSCRIBE_PLACEHOLDER
from notifications import unsubscribe

from .conftest import bulk_readers, make_letter, reader, subscriber

URL = re.compile(r"""https?://[^\s"'<>)]+""")
SITE = "http://testserver/"


def _send(letter, editor, capture):
    with capture(execute=True):
        return sending.start(letter, editor)


def _unsubscribe_url(message):
    return re.search(r"<(http://testserver/[^>]+)>", message.extra_headers["List-Unsubscribe"])[1]


def test_every_email_carries_both_unsubscribe_headers_and_its_own_link(
    letter, editor, django_capture_on_commit_callbacks
):
    reader("camille@example.test")
    subscriber("dominique@example.test")
    _send(letter, editor, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    links = set()
    for message in mail.outbox:
        headers = message.extra_headers
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "mailto:" in headers["List-Unsubscribe"]
        url = _unsubscribe_url(message)
        assert url == unsubscribe.url(url.rstrip("/").rsplit("/", 1)[1])
        assert headers == unsubscribe.headers(url.rstrip("/").rsplit("/", 1)[1])
        html = message.alternatives[0][0]
        assert url in message.body and url in html
        assert UNSUBSCRIBE_PLACEHOLDER not in message.body + html
        links.add(url)
    assert len(links) == 2, "each recipient has their own link"


def test_emails_link_only_to_the_site(archive, editor, django_capture_on_commit_callbacks):
    letter = make_letter(archive)
    letter.body.append(
        (
            "text",
            RichText('<p>Voir <a href="https://ailleurs.example.com/suivi">ce site</a>.</p>'),
        )
    )
    letter.save_revision().publish()
    reader("camille@example.test")
    _send(letter, editor, django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert "ce site" in html, "the words of a foreign link stay"
    assert "<img" not in html
    for url in URL.findall(message.body + html):
        assert url.startswith(SITE), url


def test_unsubscribing_by_post_without_cookies_stops_the_next_letters(
    archive, editor, django_capture_on_commit_callbacks
):
    account = reader("camille@example.test")
    subscriber("dominique@example.test")
    reader("reste@example.test")
    _send(make_letter(archive, "Lettre un"), editor, django_capture_on_commit_callbacks)
    mail_client = Client(enforce_csrf_checks=True)
    for message in mail.outbox:
        if message.to != ["reste@example.test"]:
            response = mail_client.post(
                _unsubscribe_url(message), {"List-Unsubscribe": "One-Click"}
            )
            assert 200 <= response.status_code < 300
    account.refresh_from_db()
    assert account.newsletter_consent_at is None
    assert NewsletterSubscriber.objects.get().unsubscribed_at is not None
    mail.outbox.clear()
    _send(make_letter(archive, "Lettre deux"), editor, django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [["reste@example.test"]]


def test_a_send_stopped_halfway_and_resumed_reaches_everyone_once(letter, editor):
    bulk_readers(10_000)
    send = sending.start(letter, editor)  # the task is not run: no commit in this test
    assert send.total == 10_000
    assert sending.deliver(send.pk, max_batches=5_000 // sending.SEND_BATCH) == 5_000
    send.refresh_from_db()
    assert (send.sent_count, send.status) == (5_000, SendStatus.SENDING)
    # The worker died here; the task runs again.
    assert sending.deliver(send.pk) == 5_000
    send.refresh_from_db()
    assert (send.sent_count, send.failed_count, send.status) == (10_000, 0, SendStatus.DONE)
    addresses = [message.to[0] for message in mail.outbox]
    assert len(addresses) == len(set(addresses)) == 10_000
    pending = NewsletterDelivery.objects.filter(send=send, status=DeliveryStatus.PENDING)
    assert not pending.exists()
    assert sending.deliver(send.pk) == 0, "a finished send sends nothing more"


def test_the_test_send_goes_to_the_editor_alone(letter, editor):
    reader("camille@example.test")
    sending.send_test(letter, editor)
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert mail.outbox[0].subject == "[TEST] La lettre de novembre"
    assert not letter.sends.exists()


EMAIL_TEMPLATES = Path(__file__).resolve().parents[2] / "newsletter" / "templates"


@pytest.mark.parametrize("path", sorted(EMAIL_TEMPLATES.glob("**/emails/**/*.*")), ids=str)
def test_no_email_template_holds_an_address_of_another_host(path):
    assert URL.findall(path.read_text()) == []


def test_there_are_email_templates_to_check():
    assert len(list(EMAIL_TEMPLATES.glob("**/emails/**/*.*"))) >= 5
