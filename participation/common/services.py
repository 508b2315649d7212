"""The shared moves of every participation app: storing once per submission, follows."""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from wagtail.models import Page

from . import toggles
from .models import Follow, PageStats


def _followers_counter(target):
    if isinstance(target, Page):
        return lambda delta: PageStats.add(target.pk, followers_count=delta)
    return toggles.stored_counter(target, "followers_count")


def _follow_key(user, target):
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    return {"user": user, "content_type": content_type, "object_id": target.pk}


def is_following(user, target):
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(**_follow_key(user, target)).exists()


def follow(user, target):
    """Returns True if the user now follows the target and did not before."""
    return toggles.switch_on(Follow, _followers_counter(target), **_follow_key(user, target))


def unfollow(user, target):
    return toggles.switch_off(Follow, _followers_counter(target), **_follow_key(user, target))


def follows_of(user):
    """What a resident follows, for their data export."""
    follows = Follow.objects.filter(user=user).select_related("content_type").order_by("pk")
    return [
        {
            "type": follow.content_type.model,
            "title": getattr(follow.target, "title", str(follow.target or "")),
            "since": follow.created_at.isoformat(),
        }
        for follow in follows
    ]


def sent_with(model, author, submission_key):
    """The `model` row `author` already stored with this submission key, or None."""
    if not submission_key:
        return None
    return model.objects.filter(author=author, submission_key=submission_key).first()


def store_once(model, author, submission_key, save, count=None):
    """Stores a row once per (author, submission key), however many times the form came:
    `save()` saves and returns the new row, in a nested transaction so that a simultaneous
    copy (the unique constraint) gives back the row that won. `count(row, 1)` then counts a
    published row. Returns (row, created). Call it inside a transaction."""
    if found := sent_with(model, author, submission_key):
        return found, False
    try:
        with transaction.atomic():
            row = save()
    except IntegrityError:
        if not submission_key:
            raise
        return model.objects.get(author=author, submission_key=submission_key), False
    if count and row.is_published:
        count(row, 1)
    return row, True
