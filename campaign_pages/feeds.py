"""A campaign's news as an Atom feed, for people who follow it without an account.

Entries are its live participation spaces (each when it was first published) and, once the
campaign's results are published, the results. Every address is absolute on the host the feed
was asked of (Django's syndication adds it to the paths the page tree gives).
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

SUMMARY_WORDS = 60


@dataclass(frozen=True)
class Entry:
    title: str
    url: str
    published: datetime.datetime
    summary: str


def _text(value):
    return Truncator(" ".join(strip_tags(str(value or "")).split())).words(SUMMARY_WORDS)


def space_summary(space):
    """A few words on a space: its description, else its introduction or its question."""
    for name in ("search_description", "intro", "question", "context"):
        text = _text(getattr(space, name, ""))
        if text:
            return text
    return ""


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def results_entry(campaign, request):
    """The publication of the results, once its date has come, or None."""
    if campaign.status != "results":  # CampaignStatus.RESULTS, from models.py that imports us
        return None
    block = next((b for b in campaign.body if b.block_type == "results"), None)
    url = campaign.get_url(request)
    summary = ""
    if block is not None:
        url += f"#results-{block.id}-title"
        summary = _text(block.value["summary"].source)
    title = _("Results published: %(title)s") % {"title": campaign.title}
    return Entry(title, url, _midnight(campaign.results_date), summary)


def entries(campaign, request):
    """The campaign's news, newest first."""
    found = [
        Entry(space.title, space.get_url(request), space.first_published_at, space_summary(space))
        for space in campaign.live_spaces
        if space.first_published_at
    ]
    results = results_entry(campaign, request)
    if results:
        found.append(results)
    return sorted(found, key=lambda entry: entry.published, reverse=True)


class CampaignFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, campaign):
        self.request = request
        return campaign

    def title(self, campaign):
        return campaign.title

    def subtitle(self, campaign):
        return campaign.intro

    def link(self, campaign):
        return campaign.get_url(self.request)

    def feed_url(self, campaign):
        return campaign.get_url(self.request) + campaign.reverse_subpage("feed")

    def items(self, campaign):
        return entries(campaign, self.request)

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.url

    def item_description(self, entry):
        return entry.summary

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.published
