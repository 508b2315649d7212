"""Telling followers that a participation space has closed, once per space.

A space closes by its date, without anyone publishing anything: `announce_closings()`,
run every few minutes with the digests, emits `spaces.closed` for each live space whose
`closes_at` has passed, and records it (SpaceClosing) in the same transaction, so that the
event is sent once whatever the number of runs. Only recent closings are announced: a space
closed long ago (before this was installed, or reopened and closed again) tells no one.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from participation.common import events
from participation.common.spaces import space_models

from .models import SpaceClosing

RECENT = datetime.timedelta(days=7)


def closed_recently(now=None):
    """The live spaces closed within RECENT of `now` and not announced yet, specific."""
    now = now or timezone.now()
    announced = SpaceClosing.objects.values("page_id")
    spaces = []
    for model in space_models():
        spaces.extend(
            model.objects.live()
            .filter(closes_at__lte=now, closes_at__gt=now - RECENT)
            .exclude(pk__in=announced)
            .order_by("closes_at", "pk")
        )
    return spaces


def announce_closings(now=None):
    """Emits spaces.closed once for each space closed recently; returns the spaces announced."""
    announced = []
    for space in closed_recently(now):
        try:
            with transaction.atomic():
                SpaceClosing.objects.create(page_id=space.pk, closes_at=space.closes_at)
                events.emit("spaces.closed", space)
        except IntegrityError:
            continue  # another run announced it first
        announced.append(space)
    return announced
