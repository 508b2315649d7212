"""Threads of replies below an item: comments on a contribution, replies to an argument.

A thread lists its items oldest first, a page at a time; after posting, the resident goes to
the page of the thread where their new item shows, at its anchor.
"""

import math

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import Q

PER_PAGE = 30


def thread_page(items, page_number, per_page=PER_PAGE):
    """The page `page_number` of `items` (oldest first); a wrong number gives the nearest."""
    return Paginator(items, per_page).get_page(page_number)


def page_number_of(items, item, per_page=PER_PAGE):
    """The page of `items` (ordered by created_at, pk, as a thread shows them) holding `item`."""
    before = Q(created_at__lt=item.created_at) | Q(created_at=item.created_at, pk__lte=item.pk)
    return max(1, math.ceil(items.filter(before).count() / per_page))


def address_in_thread(base_url, items, item, anchor, per_page=PER_PAGE):
    """`base_url` with the page of `items` where `item` shows and the `anchor` to jump to. For
    a reply nested under a top-level item, `item` is that top-level item."""
    number = page_number_of(items, item, per_page)
    query = f"?page={number}" if number > 1 else ""
    return f"{base_url}{query}#{anchor}"


def address_of(base_url, thread, item, anchor, viewer=None):
    """The address of `item`, a comment or a reply in `thread` (the queryset of the thread's
    top-level items): the page where `viewer` sees it, a nested reply under its top-level item,
    at `anchor`. Without a viewer, the page anyone sees, awaiting moderation left out."""
    shown = thread.in_thread_for(viewer or AnonymousUser())
    return address_in_thread(base_url, shown, getattr(item, "parent", None) or item, anchor)
