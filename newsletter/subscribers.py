"""People without an account: double opt-in, confirmation link, one-click unsubscribe.

Subscribing never says whether the address was already known: the same message follows every
request, and a confirmation link goes out only to an address not yet confirmed.
"""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.consents import NEWSLETTER_CONSENT_VERSION
from notifications import mail

from .models.sending import NewsletterSubscriber

SALT = "agora.newsletter.confirm"
# A week to click the confirmation link.
MAX_AGE = 7 * 24 * 3600
RATE_ACTION = "newsletter-subscribe"
CONFIRMATION_EMAIL = "newsletter/emails/confirm"


def confirmation_token(subscriber):
    return signing.dumps([subscriber.pk, subscriber.email], salt=SALT, compress=True)


def subscribe(email, confirm_url):
    """Records the request and emails a confirmation link (`confirm_url(token)` gives its path);
    returns the subscriber. Says nothing of whether the address was known."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            subscriber, created = NewsletterSubscriber.objects.get_or_create(
                email=email, defaults={"consent_version": NEWSLETTER_CONSENT_VERSION}
            )
    except IntegrityError:  # the same address a moment ago (double submit)
        subscriber = NewsletterSubscriber.objects.get(email=email)
    if subscriber.confirmed_at and not subscriber.unsubscribed_at:
        return subscriber
    mail.send(
        subscriber.email,
        CONFIRMATION_EMAIL,
        {"confirm_url": mail.absolute(confirm_url(confirmation_token(subscriber)))},
    )
    return subscriber


def read_token(token):
    """The subscriber a confirmation link names, or None when it is not ours or too old."""
    try:
        pk, email = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return NewsletterSubscriber.objects.filter(pk=pk, email=email).first()


def confirm(token):
    """The subscriber the link confirms, or None for a link that is not ours or too old."""
    subscriber = read_token(token)
    if subscriber is None:
        return None
    if not subscriber.confirmed_at or subscriber.unsubscribed_at:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.consent_version = NEWSLETTER_CONSENT_VERSION
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at", "consent_version"])
    return subscriber


def stop_subscriber(subscriber_id, what):
    """The unsubscribe handler of subscribers (notifications.unsubscribe)."""
    updated = NewsletterSubscriber.objects.filter(pk=subscriber_id).update(
        unsubscribed_at=timezone.now()
    )
    return "newsletter" if updated else None
