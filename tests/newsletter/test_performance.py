"""10,000 emails: rendered once, each with its own link, within 60 s and 100 MB.

Time and memory are measured on two sends to the same 10,000 residents: tracemalloc slows
every allocation several times over, so the time is taken without it.
"""

import time
import tracemalloc

from django.core import mail

from newsletter import sending

from .conftest import bulk_readers

RECIPIENTS = 10_000


def _send(letter, editor, capture):
    mail.outbox.clear()
    with capture(execute=True):
        send = sending.start(letter, editor)
    send.refresh_from_db()
    assert send.sent_count == RECIPIENTS
    assert len({message.to[0] for message in mail.outbox}) == RECIPIENTS


def test_ten_thousand_emails_take_at_most_a_minute_and_100_mb(
    letter, editor, django_capture_on_commit_callbacks
):
    bulk_readers(RECIPIENTS)
    started = time.perf_counter()
    _send(letter, editor, django_capture_on_commit_callbacks)
    elapsed = time.perf_counter() - started
    assert elapsed <= 60, f"{elapsed:.1f} s"

    tracemalloc.start()
    try:
        _send(letter, editor, django_capture_on_commit_callbacks)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 100 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB"
