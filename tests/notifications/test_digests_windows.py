"""The periods of the digests: from 7:00 Paris to the next 7:00 Paris, without gap or overlap,
also across the changes of summer time (28 March and 31 October 2027)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from freezegun import freeze_time

from notifications import digests
from notifications.models import DigestRun, Notification

from ..factories import UserFactory

PARIS = ZoneInfo("Europe/Paris")
HOUR = datetime.timedelta(hours=1)


def paris(*args, fold=0):
    return datetime.datetime(*args, tzinfo=PARIS, fold=fold)


def elapsed(start, end):
    """Real time between two moments (datetimes of one tzinfo subtract as wall clocks)."""
    return end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC)


def days(first, last):
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


SPRING = (datetime.date(2027, 3, 20), datetime.date(2027, 4, 10))
AUTUMN = (datetime.date(2027, 10, 24), datetime.date(2027, 11, 10))


def seven_in_paris(moment):
    local = moment.astimezone(PARIS)
    return (local.hour, local.minute, local.second, local.microsecond) == (7, 0, 0, 0)


@pytest.mark.parametrize(("first", "last"), [SPRING, AUTUMN])
def test_every_moment_falls_in_one_daily_period_of_7_00_to_7_00(first, last):
    start = datetime.datetime.combine(first, datetime.time(0), tzinfo=PARIS)
    end = datetime.datetime.combine(last, datetime.time(23), tzinfo=PARIS)
    moment, seen = start, set()
    while moment <= end:
        # Every 20 minutes of real time, in UTC, whatever the clocks in Paris say.
        period_end = digests.period_end("daily", moment)
        assert seven_in_paris(period_end)
        assert period_end <= moment < digests.next_end("daily", period_end)
        seen.add(period_end)
        moment = (moment.astimezone(datetime.UTC) + datetime.timedelta(minutes=20)).astimezone(
            PARIS
        )
    ends = sorted(seen)
    assert len(ends) == (last - first).days + 2
    lengths = []
    for before, after in zip(ends, ends[1:], strict=False):
        assert digests.period_start("daily", after) == before  # no gap, no overlap
        lengths.append((after - before) / HOUR)
    # One day of 23 hours in spring, one of 25 in autumn, 24 otherwise.
    assert sorted(set(lengths)) == ([23, 24] if first.month == 3 else [24, 25])
    assert lengths.count(24) == len(lengths) - 1


def test_the_boundaries_around_the_changes_of_summer_time():
    assert digests.period_end("daily", paris(2027, 3, 28, 6, 59)) == paris(2027, 3, 27, 7)
    assert digests.period_end("daily", paris(2027, 3, 28, 7, 0)) == paris(2027, 3, 28, 7)
    assert digests.period_start("daily", paris(2027, 3, 28, 7)) == paris(2027, 3, 27, 7)
    assert elapsed(paris(2027, 3, 27, 7), paris(2027, 3, 28, 7)) == 23 * HOUR
    assert elapsed(paris(2027, 10, 30, 7), paris(2027, 10, 31, 7)) == 25 * HOUR
    assert digests.period_end("daily", paris(2027, 10, 31, 2, 30, fold=1)) == paris(2027, 10, 30, 7)


def test_weekly_periods_run_from_monday_7_00_to_monday_7_00():
    # Monday 25 October 2027, a week of 169 hours (the clocks go back on Sunday 31).
    assert digests.period_end("weekly", paris(2027, 11, 1, 6, 59)) == paris(2027, 10, 25, 7)
    assert digests.period_end("weekly", paris(2027, 11, 1, 7)) == paris(2027, 11, 1, 7)
    assert digests.period_end("weekly", paris(2027, 11, 6, 23)) == paris(2027, 11, 1, 7)
    assert digests.period_start("weekly", paris(2027, 11, 1, 7)) == paris(2027, 10, 25, 7)
    assert elapsed(paris(2027, 10, 25, 7), paris(2027, 11, 1, 7)) == 169 * HOUR
    assert elapsed(paris(2027, 3, 22, 7), paris(2027, 3, 29, 7)) == 167 * HOUR


@pytest.mark.parametrize(("first", "last"), [SPRING, AUTUMN])
def test_daily_runs_send_each_notification_exactly_once(db, first, last):
    """Cron runs every morning (and again later) while notifications keep arriving, one every
    three hours, some at 6:59:59 and 7:00:00: each is in exactly one digest."""
    person = UserFactory()
    created = []
    moment = runs_from = datetime.datetime.combine(first, datetime.time(7), tzinfo=PARIS)
    limit = datetime.datetime.combine(last, datetime.time(7), tzinfo=PARIS)
    with freeze_time(moment + datetime.timedelta(minutes=5)):
        digests.send_due()  # the first run: the period before `first`
    while moment < limit:
        created.append(moment)
        created.append(moment - datetime.timedelta(seconds=1))
        moment = (moment.astimezone(datetime.UTC) + 3 * HOUR).astimezone(PARIS)
    kept = [at for at in created if elapsed(runs_from, at) >= datetime.timedelta(0)]
    Notification.objects.bulk_create(
        Notification(
            user=person,
            event="test",
            topic="followed",
            message="m",
            delivery="daily",
            created_at=at,
        )
        for at in kept
    )
    total = Notification.objects.count()

    mail.outbox.clear()
    for day in days(first + datetime.timedelta(days=1), last):
        for hour, minute in ((6, 59), (7, 0), (7, 10), (23, 0)):
            with freeze_time(paris(day.year, day.month, day.day, hour, minute)):
                digests.send_due()
    runs = list(DigestRun.objects.filter(frequency="daily").order_by("period_end"))
    assert len(runs) == (last - first).days + 1
    for before, after in zip(runs, runs[1:], strict=False):
        assert after.period_start == before.period_end
    assert all(seven_in_paris(run.period_start) and seven_in_paris(run.period_end) for run in runs)
    # One digest a day after the first run, each listing its own day's notifications.
    assert len(mail.outbox) == (last - first).days
    listed = [email.body.splitlines().count("- m") for email in mail.outbox]
    assert sum(listed) == total
    assert listed == [
        sum(1 for at in kept if run.period_start <= at < run.period_end) for run in runs[1:]
    ]
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


def test_a_period_is_due_once_what_was_stamped_before_its_end_is_stored(db):
    """A few seconds after 7:00, so that a notification stamped 6:59:59 whose transaction was
    still committing is in its period's digest."""
    DigestRun.objects.create(
        frequency="daily", period_start=paris(2027, 3, 26, 7), period_end=paris(2027, 3, 27, 7)
    )
    assert digests.periods_due("daily", paris(2027, 3, 28, 7, 0, 5)) == []
    assert digests.periods_due("daily", paris(2027, 3, 28, 7, 0, 10)) == [
        (paris(2027, 3, 27, 7), paris(2027, 3, 28, 7))
    ]
