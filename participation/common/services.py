"""The shared moves of every participation app: storing once per submission, follows."""

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
