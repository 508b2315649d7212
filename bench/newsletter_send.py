"""Measures a newsletter send of N emails: time and peak memory (tracemalloc), then undoes it.

    .venv/bin/python bench/newsletter_send.py --emails 10000 [--backend locmem|dummy] [--no-memory]

Inside one transaction that is rolled back at the end: bulk-creates N consenting residents with
a confirmed address, a letter under the site's home page, then starts the send and works
through it as the task does. tracemalloc slows every allocation several times over: with
--no-memory the time is measured without it (and no peak is printed). Nobody is emailed: the
locmem backend keeps the emails in memory (counted in the peak, as the test does), the dummy
backend drops them.
"""

# ruff: noqa: E402 (the models are imported once Django is set up)

import argparse
import time
import tracemalloc

from django_setup import setup

setup()

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from newsletter import sending
from newsletter.models import NewsletterIndexPage, NewsletterPage

BACKENDS = {
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


class Rollback(Exception):
    pass


def residents(count):
    User = get_user_model()
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(email=f"bench-lettre-{n}@example.test", newsletter_consent_at=now)
            for n in range(count)
        ],
        batch_size=2000,
    )
    if users and users[0].pk is None:
        users = list(User.objects.filter(email__startswith="bench-lettre-"))
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, primary=True, verified=True) for user in users],
        batch_size=2000,
    )


def letter():
    home = Site.objects.get(is_default_site=True).root_page
    archive = NewsletterIndexPage.objects.first() or home.add_child(
        instance=NewsletterIndexPage(title="Lettres d'information", slug="lettres-bench")
    )
    page = archive.add_child(
        instance=NewsletterPage(
            title="Lettre de banc d'essai",
            slug=f"banc-essai-{int(time.time())}",
            body=[
                ("heading", "Ce mois-ci"),
                ("text", RichText("<p>Un paragraphe de la lettre, " * 20 + "</p>")),
                ("campaigns_opening", {"heading": "Concertations qui s'ouvrent", "days": 30}),
                ("results_published", {"heading": "Résultats publiés", "days": 30}),
            ],
        )
    )
    page.save_revision().publish()
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=10_000)
    parser.add_argument("--backend", choices=BACKENDS, default="locmem")
    parser.add_argument("--no-memory", action="store_true", help="time without tracemalloc")
    args = parser.parse_args()
    editor = get_user_model().objects.filter(is_superuser=True).first()
    try:
        with override_settings(EMAIL_BACKEND=BACKENDS[args.backend]), transaction.atomic():
            residents(args.emails)
            page = letter()
            if not args.no_memory:
                tracemalloc.start()
            started = time.perf_counter()
            send = sending.start(page, editor)
            sending.deliver(send.pk)
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            memory = "not measured" if args.no_memory else f"{peak / 1024 / 1024:.1f} MB"
            send.refresh_from_db()
            print(f"emails: {send.sent_count} sent, {send.failed_count} failed, of {send.total}")
            print(f"time: {elapsed:.1f} s ({elapsed / max(send.total, 1) * 1000:.2f} ms an email)")
            print(f"peak memory: {memory}")
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
