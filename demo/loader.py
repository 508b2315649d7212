"""Build the demo site: pages, accounts, spaces, debates and the moderators' queue."""

from typing import NamedTuple

from django.utils import timezone

from participation.common import events, figures

from .builder import build
from .contributions import build_spaces
from .debates import build_debates
from .errors import DemoError
from .moderation import build_moderation
from .newsletter import load as load_newsletter
from .notifications import load as load_notifications
from .users import ACCOUNTS, DEMO_PASSWORD, ensure_users

__all__ = ["ACCOUNTS", "DEMO_PASSWORD", "DemoError", "DemoSite", "load"]


class DemoSite(NamedTuple):
    home: object
    campaigns: list
    users: list


def load(today=None):
    """Create or update the demo site and accounts (call it inside a transaction)."""
    today = today or timezone.localdate()
    # Building the site is not news: only the notifications chosen below reach anyone.
    with events.muted():
        home, campaigns = build(today)
        users = ensure_users()
        build_spaces(campaigns)
        build_debates(campaigns, today)
        build_moderation()
        editor = next(user for user in users if user.email == "redaction@agora.test")
        load_newsletter(home, editor, today)
    load_notifications()
    for campaign in campaigns:
        figures.recount(campaign)
    return DemoSite(home, campaigns, users)
