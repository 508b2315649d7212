"""The two sections notifications adds to a resident's profile: what they follow, and how
they hear of it.

Follows point at several models (campaigns, spaces, contributions...) through a generic key:
their targets are read with one query per kind of target, never one per follow.
"""

from collections import defaultdict

from django.db import models
from wagtail.models import Page

from participation.common import services as common
from participation.common.events import Frequency
from participation.common.models import Follow

from . import services
from .models import Notification


def follows_section(user):
    """{"follows": [{"pk", "title", "url", "since"}]}, newest first; targets gone are left out."""
    follows = list(
        Follow.objects.filter(user=user)
        .select_related("content_type")
        .order_by("-created_at", "-pk")
    )
    targets = _targets(follows)
    listed = []
    for follow in follows:
        target = targets.get((follow.content_type_id, follow.object_id))
        if target is None:
            continue
        title, url = services.describe(target)
        listed.append({"pk": follow.pk, "title": title, "url": url, "since": follow.created_at})
    return {"follows": listed}


def notifications_section(user):
    """How many notifications are unread, and how each topic is emailed."""
    frequencies = dict(Frequency.choices)
    return {
        "unread": Notification.objects.filter(user=user).unread().count(),
        "preferences": [
            {"topic": topic.label, "frequency": frequencies[frequency]}
            for topic, frequency in services.preferences_of(user)
        ],
    }


def stop_following(user, follow):
    """Ends a follow of `user`'s; returns the title of what they followed."""
    target = follow.target
    if target is None:  # what was followed is gone: only the row is left
        follow.delete()
        return ""
    common.unfollow(user, target)
    return services.describe(target)[0]


def _targets(follows):
    """{(content type id, object id): target}, one query per content type."""
    ids = defaultdict(set)
    kinds = {}
    for follow in follows:
        ids[follow.content_type_id].add(follow.object_id)
        kinds[follow.content_type_id] = follow.content_type
    found = {}
    for type_id, object_ids in ids.items():
        model = kinds[type_id].model_class()
        if model is None:
            continue
        for target in _rows(model, object_ids):
            found[type_id, target.pk] = target
    return found


def _rows(model, ids):
    rows = model._default_manager.filter(pk__in=ids)
    if issubclass(model, Page):
        return rows
    # A row's address is built from the page it belongs to: read both at once.
    pages = [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page)
    ]
    return rows.select_related(*pages)
