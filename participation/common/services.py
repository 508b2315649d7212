"""Follows and counters: the shared moves of every participation app."""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from wagtail.models import Page

from .models import Follow, PageStats


def _count_followers(target, delta):
    if isinstance(target, Page):
        PageStats.add(target.pk, followers_count=delta)
    else:
        type(target).objects.filter(pk=target.pk).update(
            followers_count=F("followers_count") + delta
        )


def is_following(user, target):
    if not user.is_authenticated:
        return False
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    return Follow.objects.filter(user=user, content_type=content_type, object_id=target.pk).exists()


def follow(user, target):
    """Returns True if the user now follows the target and did not before."""
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    try:
        with transaction.atomic():
            Follow.objects.create(user=user, content_type=content_type, object_id=target.pk)
            _count_followers(target, 1)
    except IntegrityError:
        return False
    return True


def unfollow(user, target):
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    with transaction.atomic():
        deleted, _ = Follow.objects.filter(
            user=user, content_type=content_type, object_id=target.pk
        ).delete()
        if deleted:
            _count_followers(target, -deleted)
    return bool(deleted)
