"""Where the live blocks of a letter find their items, without knowing the apps that hold them.

Campaigns live in campaign_pages, above this app: campaign_pages registers its sources from
its AppConfig.ready() (see campaign_pages/newsletter_sources.py), and the blocks here only
name a source by its key:

    sources.register("campaigns_opening", _("Campaigns opening"), fetch)

`fetch(today, days, limit)` returns a list of Item, newest first. The followable campaigns, which
a send may be restricted to, come the same way through register_campaigns().
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    title: str
    # A path on the site, made absolute when emailed.
    url: str
    text: str = ""
    date: datetime.date | None = None
    # What the date means, in words ("opens on", "results published on").
    date_label: str = ""


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    fetch: object


_sources = {}
_campaigns = []


def register(key, label, fetch):
    _sources[key] = Source(key, label, fetch)


def fetch(key, today, days=30, limit=6):
    """The items of source `key`; none when no app registered it (the block then stays empty)."""
    source = _sources.get(key)
    if source is None:
        return []
    return list(source.fetch(today, days, limit))


def register_campaigns(queryset):
    """`queryset()` returns the live pages whose followers a send may be restricted to."""
    _campaigns[:] = [queryset]


def campaigns():
    if not _campaigns:
        return None
    return _campaigns[0]()
