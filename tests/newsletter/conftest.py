"""A newsletter archive with one published letter, and people to send it to."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.rich_text import RichText

from newsletter.models import NewsletterIndexPage, NewsletterPage, NewsletterSubscriber

from ..factories import UserFactory
from ..participation.conftest import campaign  # noqa: F401


@pytest.fixture
def archive(home_page):
    page = home_page.add_child(
        instance=NewsletterIndexPage(title="Lettres d'information", slug="lettres")
    )
    page.save_revision().publish()
    return page


def make_letter(archive, title="La lettre de novembre", publish=True):
    letter = archive.add_child(
        instance=NewsletterPage(
            title=title,
            slug=title.lower().replace(" ", "-").replace("'", ""),
            body=[
                ("heading", "Ce mois-ci"),
                ("text", RichText("<p>Le parc des Anciennes-Mairies se transforme.</p>")),
                (
                    "campaigns_opening",
                    {"heading": "Concertations qui s'ouvrent", "days": 30, "limit": 6},
                ),
                ("results_published", {"heading": "Résultats publiés", "days": 30, "limit": 6}),
            ],
            live=publish,
        )
    )
    if publish:
        letter.save_revision().publish()
    return letter


@pytest.fixture
def letter(archive):
    return make_letter(archive)


def reader(email=None, consent=True, confirmed=True, **fields):
    """An account; by default one that receives the letter (consent, confirmed email)."""
    user = UserFactory(**({"email": email} if email else {}), **fields)
    if consent:
        user.newsletter_consent_at = timezone.now()
        user.save(update_fields=["newsletter_consent_at"])
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=confirmed)
    return user


def subscriber(email, confirmed=True, unsubscribed=False):
    now = timezone.now()
    return NewsletterSubscriber.objects.create(
        email=email,
        consent_version="2026-11",
        confirmed_at=now if confirmed else None,
        unsubscribed_at=now if unsubscribed else None,
    )


def bulk_readers(count, prefix="lecteur"):
    """`count` accounts that receive the letter, made with bulk_create (fast)."""
    User = get_user_model()
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}{n}@example.test",
                display_name=f"{prefix} {n}",
                newsletter_consent_at=now,
            )
            for n in range(count)
        ],
        batch_size=1000,
    )
    if users and users[0].pk is None:
        users = list(User.objects.filter(email__startswith=prefix))
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, primary=True, verified=True) for user in users],
        batch_size=1000,
    )
    return users


def yesterday():
    return timezone.now() - datetime.timedelta(days=1)
