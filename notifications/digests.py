"""Daily and weekly digests: one email per resident and period, listing what they chose to read
later, sent at 7:00 Paris time.

A period runs from one 7:00 in Paris to the next (daily), or from a Monday 7:00 to the next
Monday (weekly), computed in local time: around the changes of summer time a day lasts 23 or
25 hours, and periods follow one another without gap or overlap. A notification belongs to
the period its `created_at` falls in, and to the digest its `delivery` names, unless the
resident has since stopped that topic (the unsubscribe link of the previous digest).

`send_due()` is run every few minutes (`manage.py send_notifications`) and does nothing
twice: each period whose digests are all sent is recorded (DigestRun); each resident's
digest is recorded (DigestDelivery) before it is sent, so a run that stopped half-way resumes
with the residents it had not reached. A period missed (the server was down at 7:00) is sent
at the next run, as its own digest.
"""

import datetime
import itertools
import logging
import uuid
from zoneinfo import ZoneInfo

from django.core.mail import get_connection
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from participation.common.events import Frequency

from . import mail, unsubscribe
from .models import DigestDelivery, DigestRun, Notification, Preference

logger = logging.getLogger(__name__)

PARIS = ZoneInfo("Europe/Paris")
SEND_AT = datetime.time(7, 0)
DIGEST_EMAIL = "notifications/emails/digest"
# Residents per round of writes and per send_messages() call.
BATCH_SIZE = 100
# A period is sent this long after it ends, so that a notification stamped 6:59:59 whose
# transaction commits a moment later is not left out of a period already marked done.
SETTLE = datetime.timedelta(seconds=10)

_DAYS = {Frequency.DAILY: 1, Frequency.WEEKLY: 7}
FREQUENCIES = tuple(_DAYS)


def _boundary(day):
    """7:00 in Paris on `day`, in UTC (7:00 is never skipped nor repeated in Paris)."""
    return datetime.datetime.combine(day, SEND_AT, tzinfo=PARIS).astimezone(datetime.UTC)


def _local_day(moment):
    return moment.astimezone(PARIS).date()


def period_end(frequency, now=None):
    """The latest boundary of `frequency`'s periods at or before `now`."""
    now = now or timezone.now()
    day = _local_day(now)
    if frequency == Frequency.WEEKLY:
        day -= datetime.timedelta(days=day.weekday())
    if _boundary(day) > now:
        day -= datetime.timedelta(days=_DAYS[frequency])
    return _boundary(day)


def period_start(frequency, end):
    """The boundary before `end`: the period is [start, end)."""
    return _boundary(_local_day(end) - datetime.timedelta(days=_DAYS[frequency]))


def next_end(frequency, end):
    return _boundary(_local_day(end) + datetime.timedelta(days=_DAYS[frequency]))


def periods_due(frequency, now=None):
    """[(start, end)] of every period ended since the latest completed one, oldest first.

    Before the first run ever, only the period that just ended: installing digests does not
    send a digest for every day since the site opened. A period is due SETTLE after its end.
    """
    latest = period_end(frequency, (now or timezone.now()) - SETTLE)
    done = DigestRun.objects.filter(frequency=frequency).aggregate(last=Max("period_end"))["last"]
    if done is None:
        return [(period_start(frequency, latest), latest)]
    due = []
    end = next_end(frequency, done)
    while end <= latest:
        due.append((period_start(frequency, end), end))
        end = next_end(frequency, end)
    return due


def in_period(frequency, start, end):
    """The notifications that a digest of this period lists, for every resident who can read
    it: not deleted, and not since unsubscribed from the topic."""
    stopped = Preference.objects.filter(
        user=OuterRef("user_id"), topic=OuterRef("topic"), frequency=Frequency.NEVER
    )
    return (
        Notification.objects.filter(
            delivery=frequency,
            created_at__gte=start,
            created_at__lt=end,
            user__is_active=True,
            user__deleted_at__isnull=True,
        )
        .exclude(Exists(stopped))
        .exclude(user__email="")
    )


def send_due(now=None):
    """Sends every digest due at `now` through one connection; returns the number sent."""
    now = now or timezone.now()
    sender = _Sender()
    try:
        for frequency in FREQUENCIES:
            for start, end in periods_due(frequency, now):
                sent = sender.send_period(frequency, start, end)
                DigestRun.objects.get_or_create(
                    frequency=frequency,
                    period_end=end,
                    defaults={"period_start": start, "sent": sent},
                )
                logger.info("%s digests of %s to %s: %s sent", frequency, start, end, sent)
    finally:
        sender.close()
    return sender.sent


class _Sender:
    """Sends the digests of periods through one connection, opened at the first email."""

    def __init__(self):
        self.connection = get_connection()
        self.opened = False
        self.sent = 0
        self._site = None

    def close(self):
        if self.opened:
            self.connection.close()

    @property
    def site(self):
        if self._site is None:
            self._site = mail.site_context()
        return self._site

    def send_period(self, frequency, start, end):
        recorded = DigestDelivery.objects.filter(
            user=OuterRef("user_id"), frequency=frequency, period_end=end
        )
        # One query for the whole period: the notifications with their residents, in order.
        notifications = (
            in_period(frequency, start, end)
            .exclude(Exists(recorded))
            .select_related("user")
            .only("pk", "message", "url", "campaign", "created_at", "topic", "user")
            .order_by("user_id", "created_at", "pk")
        )
        residents = (
            (items[0].user, items)
            for _user_id, group in itertools.groupby(notifications, key=lambda n: n.user_id)
            for items in [list(group)]
        )
        sent = 0
        while batch := list(itertools.islice(residents, BATCH_SIZE)):
            sent += self._send_batch(frequency, start, end, batch)
        return sent

    def _send_batch(self, frequency, start, end, batch):
        claim = uuid.uuid4().hex
        DigestDelivery.objects.bulk_create(
            [
                DigestDelivery(
                    user_id=user.pk,
                    frequency=frequency,
                    period_end=end,
                    notifications=len(items),
                    claim=claim,
                )
                for user, items in batch
            ],
            ignore_conflicts=True,
        )
        # Only the rows this run wrote: another run may have reached some residents first.
        mine = set(DigestDelivery.objects.filter(claim=claim).values_list("user_id", flat=True))
        if not mine:
            return 0
        messages = [
            self._message(frequency, start, end, user, items)
            for user, items in batch
            if user.pk in mine
        ]
        in_period(frequency, start, end).filter(user_id__in=mine).update(emailed_at=timezone.now())
        if not self.opened:
            self.connection.open()
            self.opened = True
        try:
            sent = self.connection.send_messages(messages) or 0
        except OSError:
            # Recorded already: these residents miss this digest rather than get it twice.
            logger.exception("Digests to %s residents could not be sent", len(messages))
            raise
        DigestDelivery.objects.filter(claim=claim).update(sent_at=timezone.now())
        self.sent += sent
        return sent

    def _message(self, frequency, start, end, user, items):
        token = unsubscribe.token("account", user.pk, frequency)
        context = {
            **self.site,
            "name": user.public_name,
            "frequency": frequency,
            "daily": frequency == Frequency.DAILY,
            "count": len(items),
            "campaigns": by_campaign(items),
            "period_start": start,
            "period_end": end,
            "unsubscribe_url": unsubscribe.url(token),
        }
        subject, text, html = mail.render(DIGEST_EMAIL, context)
        return mail.message(
            user.email, subject, text, html, unsubscribe_token=token, connection=self.connection
        )


def by_campaign(notifications):
    """[(campaign title, [{message, url}])]: campaigns in the order of their first news,
    what happened outside any campaign last."""
    groups = {}
    for notification in notifications:
        groups.setdefault(notification.campaign, []).append(
            {"message": notification.message, "url": mail.absolute(notification.url)}
        )
    outside = groups.pop("", None)
    listed = list(groups.items())
    if outside:
        listed.append(("", outside))
    return listed
