"""Who receives a letter: the rule in one place, as queries.

Accounts: consent given, email confirmed (allauth's primary address, verified, the account's
own), neither deleted, inactive nor suspended today. Subscribers without an account: confirmed
and not unsubscribed; they are in the "all residents" segment only. An address in both is one
recipient (the snapshot keeps each address once per send).
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils import timezone

from participation.common.models import Follow
from participation.moderation.models import Suspension

from .models.sending import NewsletterSubscriber, Segment


def accounts(segment=Segment.ALL, campaign=None, now=None):
    now = now or timezone.now()
    confirmed = EmailAddress.objects.filter(
        user=OuterRef("pk"), primary=True, verified=True, email__iexact=OuterRef("email")
    )
    suspended = Suspension.objects.filter(
        user=OuterRef("pk"), starts_at__lte=now, ends_at__gt=now, lifted_at__isnull=True
    )
    users = (
        get_user_model()
        .objects.filter(newsletter_consent_at__isnull=False, deleted_at__isnull=True)
        .filter(is_active=True)
        .filter(Exists(confirmed))
        .exclude(Exists(suspended))
    )
    if segment == Segment.CAMPAIGN:
        follows = Follow.objects.filter(
            user=OuterRef("pk"),
            object_id=campaign.pk if campaign else 0,
            content_type_id=campaign.content_type_id if campaign else 0,
        )
        users = users.filter(Exists(follows))
    return users.order_by("pk")


def subscribers(segment=Segment.ALL):
    if segment != Segment.ALL:
        return NewsletterSubscriber.objects.none()
    return NewsletterSubscriber.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True
    ).order_by("pk")


def count(segment=Segment.ALL, campaign=None):
    """How many distinct addresses a send to this segment would reach now."""
    users = accounts(segment, campaign)
    others = subscribers(segment).exclude(email__in=users.values("email"))
    return users.count() + others.count()
