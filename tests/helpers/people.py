"""People by role, as the permission tests name them, and where they sign in."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from participation.moderation.models import Suspension

from ..factories import UserFactory

LOGIN_URL = "/compte/connexion/"
ROLES = ("visitor", "resident", "author", "suspended resident", "editor", "moderator", "superuser")
STAFF_GROUPS = {"editor": "Rédaction", "moderator": "Modération"}
SUSPENSION_REASON = "Propos injurieux répétés."


def suspend(user, days=7, reason=SUSPENSION_REASON):
    """Suspends `user` from now on for `days` days."""
    Suspension.objects.create(
        user=user, ends_at=timezone.now() + datetime.timedelta(days=days), reason=reason
    )
    return user


def make_person(role, author=None, **fields):
    """A new user in `role`; None for a visitor (nobody signed in); `author` for "author"."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    if role == "visitor":
        return None
    if role == "author":
        return author or UserFactory(**fields)
    if role == "superuser":
        return UserFactory(**({"is_staff": True, "is_superuser": True} | fields))
    if role in STAFF_GROUPS:
        user = UserFactory(**({"is_staff": True} | fields))
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[role]))
        return user
    user = UserFactory(**fields)
    return suspend(user) if role == "suspended resident" else user
