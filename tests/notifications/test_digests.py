"""Daily and weekly digests: what a resident following campaigns receives at 7:00, once.

The events are made through the participation services, on the day the factories' spaces are
open (15 April 2025); digests go out the next morning at 7:00 Paris time.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from notifications import digests
from notifications.models import DigestDelivery, DigestRun, Notification
from notifications.services import set_preference
from participation.common import services as common
from participation.contributions import services as contributions
from participation.debates import services as debates

from ..factories import CampaignPageFactory, UserFactory
from ..participation.factories import ConsultationPageFactory, DebatePageFactory

PARIS = ZoneInfo("Europe/Paris")


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


EVENTS_DAY = paris(2025, 4, 15, 12, 0)
NEXT_MORNING = paris(2025, 4, 16, 7, 10)


def item_urls(email):
    """The addresses a digest lists, one per notification, in its text part."""
    return re.findall(r"^  (http://testserver/\S+)$", email.body, flags=re.MULTILINE)


def digests_to(person):
    return [email for email in mail.outbox if email.to == [person.email]]


@pytest.fixture
def park(campaign_index):
    """Three campaigns: two with a contribution space, one with a debate."""
    first = CampaignPageFactory(parent=campaign_index, title="Repenser le parc")
    second = CampaignPageFactory(parent=campaign_index, title="La rue piétonne")
    third = CampaignPageFactory(parent=campaign_index, title="Le budget participatif")
    return {
        "campaigns": [first, second, third],
        "spaces": [
            ConsultationPageFactory(parent=first, title="Propositions du parc", slug="parc"),
            ConsultationPageFactory(parent=second, title="Propositions de la rue", slug="rue"),
        ],
        "debate": DebatePageFactory(parent=third, title="Le débat du budget", slug="budget"),
    }


@pytest.fixture
def authors(db):
    return UserFactory.create_batch(2)


def happen(park, authors, capture, count=40, when=EVENTS_DAY):
    """`count` events (a multiple of 4) through the real services: contributions in two
    campaigns, comments on one of them, arguments in the third campaign's debate."""
    each = count // 4
    first_space, second_space = park["spaces"]
    with freeze_time(when), capture(execute=True):
        commented, _ = contributions.create_contribution(
            first_space, authors[0], title="Des bancs à l'ombre", body="Près des jeux."
        )
        for n in range(each - 1):
            contributions.create_contribution(
                first_space, authors[n % 2], title=f"Idée du parc {n}", body="Un texte."
            )
        for n in range(each):
            contributions.add_comment(commented, authors[1], f"Bonne idée, numéro {n}.")
        for n in range(each):
            contributions.create_contribution(
                second_space, authors[n % 2], title=f"Idée de la rue {n}", body="Un texte."
            )
        for n in range(each):
            debates.create_argument(
                park["debate"], authors[n % 2], "for", f"Argument {n}", "Parce que."
            )


@pytest.fixture
def follower(park):
    person = UserFactory(display_name="Camille")
    for campaign in park["campaigns"]:
        common.follow(person, campaign)
    return person


def test_forty_events_of_a_day_make_one_daily_digest_sent_once(
    park, authors, follower, django_capture_on_commit_callbacks
):
    happen(park, authors, django_capture_on_commit_callbacks)
    told = Notification.objects.filter(user=follower)
    assert told.count() == 40
    assert set(told.values_list("delivery", flat=True)) == {"daily"}
    mail.outbox.clear()

    with freeze_time(NEXT_MORNING):
        call_command("send_notifications", verbosity=0)

    [digest] = digests_to(follower)
    assert "40" in digest.subject
    urls = item_urls(digest)
    assert len(urls) == 40
    assert len(set(urls)) == 40  # comments and arguments each have their own address
    assert digest.body.index("Repenser le parc") < digest.body.index("La rue piétonne")
    assert digest.body.index("La rue piétonne") < digest.body.index("Le budget participatif")
    assert "Idée de la rue 9" in digest.body
    html = digest.alternatives[0][0]
    assert html.count("<li") == 40
    assert all(
        href.startswith("http://testserver/") for href in re.findall(r'href="([^"]+)"', html)
    )
    assert "<img" not in html
    assert not told.filter(emailed_at__isnull=True).exists()
    assert DigestRun.objects.filter(frequency="daily").count() == 1

    mail.outbox.clear()
    with freeze_time(NEXT_MORNING + datetime.timedelta(minutes=10)):
        call_command("send_notifications", verbosity=0)
        assert digests.send_due() == 0
    with freeze_time(NEXT_MORNING + datetime.timedelta(hours=12)):
        call_command("send_notifications", verbosity=0)
    assert mail.outbox == []


def test_nothing_is_sent_before_seven_nor_to_deleted_accounts(
    park, authors, follower, django_capture_on_commit_callbacks
):
    gone = UserFactory()
    common.follow(gone, park["campaigns"][0])
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    gone.deleted_at = EVENTS_DAY
    gone.save()
    mail.outbox.clear()

    with freeze_time(paris(2025, 4, 16, 6, 59)):
        digests.send_due()
    assert digests_to(follower) == []  # the period of the 15th has not ended yet

    with freeze_time(NEXT_MORNING):
        digests.send_due()
    assert len(digests_to(follower)) == 1
    assert digests_to(gone) == []


def test_a_missed_day_is_caught_up(park, authors, follower, django_capture_on_commit_callbacks):
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    with freeze_time(NEXT_MORNING):
        digests.send_due()
    for day in (16, 17, 18):
        happen(
            park, authors, django_capture_on_commit_callbacks, count=4, when=paris(2025, 4, day, 20)
        )
    mail.outbox.clear()

    # The server was down on the mornings of the 17th and 18th.
    with freeze_time(paris(2025, 4, 19, 9, 0)):
        assert digests.send_due() == 3

    received = digests_to(follower)
    assert [len(item_urls(email)) for email in received] == [4, 4, 4]
    assert [
        run.period_end.astimezone(PARIS)
        for run in DigestRun.objects.filter(frequency="daily").order_by("period_end")
    ] == [paris(2025, 4, day, 7) for day in (16, 17, 18, 19)]


def test_a_weekly_digest_goes_out_on_monday(
    park, authors, follower, django_capture_on_commit_callbacks
):
    set_preference(follower, "followed", "weekly")
    # Tuesday 15 and Wednesday 16 April 2025; the week ends on Monday 21 at 7:00.
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    happen(park, authors, django_capture_on_commit_callbacks, count=4, when=paris(2025, 4, 16, 9))
    with freeze_time(paris(2025, 4, 14, 7, 30)):
        digests.send_due()  # the first run: the week before, nothing in it
    mail.outbox.clear()

    for day in range(15, 21):
        with freeze_time(paris(2025, 4, day, 7, 10)):
            digests.send_due()
    assert digests_to(follower) == []

    with freeze_time(paris(2025, 4, 21, 7, 0)):
        digests.send_due()
    with freeze_time(paris(2025, 4, 22, 7, 0)):
        digests.send_due()
    [digest] = digests_to(follower)
    assert len(item_urls(digest)) == 8
    assert "8" in digest.subject
    weekly = DigestRun.objects.filter(frequency="weekly").order_by("period_end")
    assert [
        (run.period_start.astimezone(PARIS), run.period_end.astimezone(PARIS)) for run in weekly
    ] == [
        (paris(2025, 4, 7, 7), paris(2025, 4, 14, 7)),
        (paris(2025, 4, 14, 7), paris(2025, 4, 21, 7)),
    ]


@pytest.fixture
def crowd(park):
    people = UserFactory.create_batch(5)
    for person in people:
        common.follow(person, park["campaigns"][1])
    return people


def test_an_interrupted_run_resumes_and_never_emails_anyone_twice(
    park, authors, crowd, monkeypatch, django_capture_on_commit_callbacks
):
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    mail.outbox.clear()
    monkeypatch.setattr(digests, "BATCH_SIZE", 2)
    calls = []
    send_messages = EmailBackend.send_messages

    def failing_second_time(self, messages):
        calls.append(len(messages))
        if len(calls) == 2:
            raise ConnectionResetError("the mail server went away")
        return send_messages(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", failing_second_time)
    with freeze_time(NEXT_MORNING), pytest.raises(ConnectionResetError):
        digests.send_due()
    assert len(mail.outbox) == 2
    assert not DigestRun.objects.exists()  # the period is not done: the next run resumes it

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    with freeze_time(NEXT_MORNING + datetime.timedelta(minutes=10)):
        assert digests.send_due() == 1
    with freeze_time(NEXT_MORNING + datetime.timedelta(minutes=20)):
        assert digests.send_due() == 0

    received = [email.to[0] for email in mail.outbox]
    assert len(received) == len(set(received)) == 3
    # The two recorded when the server failed miss this digest rather than risk a second one.
    assert DigestDelivery.objects.filter(sent_at__isnull=True).count() == 2
    assert DigestDelivery.objects.count() == 5
    assert DigestRun.objects.filter(frequency="daily").count() == 1


def test_residents_already_recorded_are_skipped(
    park, authors, crowd, django_capture_on_commit_callbacks
):
    """A run killed after sending to some residents: the next one sends to the others only."""
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    mail.outbox.clear()
    end = digests.period_end("daily", NEXT_MORNING)
    for person in crowd[:3]:
        DigestDelivery.objects.create(user=person, frequency="daily", period_end=end)

    with freeze_time(NEXT_MORNING):
        assert digests.send_due() == 2
    assert sorted(email.to[0] for email in mail.outbox) == sorted(p.email for p in crowd[3:])


def test_the_unsubscribe_link_works_without_cookies_and_stops_the_next_digest(
    park, authors, follower, django_capture_on_commit_callbacks
):
    happen(park, authors, django_capture_on_commit_callbacks, count=4)
    mail.outbox.clear()
    with freeze_time(NEXT_MORNING):
        digests.send_due()
    [digest] = digests_to(follower)
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.match(r"<(http://testserver/[^>]+)>", digest.extra_headers["List-Unsubscribe"])[1]
    assert link in digest.body

    # News of the 16th, stored for the daily digest before the resident unsubscribes.
    happen(park, authors, django_capture_on_commit_callbacks, count=4, when=paris(2025, 4, 16, 9))
    assert Notification.objects.filter(user=follower, delivery="daily").count() == 8
    with freeze_time(paris(2025, 4, 16, 10)):
        response = Client(enforce_csrf_checks=True).post(link.removeprefix("http://testserver"))
    assert 200 <= response.status_code < 300
    mail.outbox.clear()

    with freeze_time(paris(2025, 4, 17, 7, 10)):
        digests.send_due()
    assert digests_to(follower) == []
    assert digests_to(authors[0]) == []


def _queries_of_a_digest_run(park, authors, capture, day):
    happen(park, authors, capture, count=8, when=paris(2025, 4, day - 1, 12))
    mail.outbox.clear()
    with freeze_time(paris(2025, 4, day, 7, 10)), CaptureQueriesContext(connection) as queries:
        sent = digests.send_due()
    return sent, len(queries)


def test_the_queries_of_a_run_do_not_grow_with_residents(
    park, authors, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    first = UserFactory()
    common.follow(first, park["campaigns"][0])
    with freeze_time(paris(2025, 4, 15, 7, 10)):
        digests.send_due()  # the first run ever, with nothing to send
    sent, alone = _queries_of_a_digest_run(park, authors, django_capture_on_commit_callbacks, 16)
    assert sent == 1

    for person in UserFactory.create_batch(29):
        common.follow(person, park["campaigns"][0])
    sent, many = _queries_of_a_digest_run(park, authors, django_capture_on_commit_callbacks, 17)
    assert sent == 30
    assert many == alone
    happen(park, authors, django_capture_on_commit_callbacks, count=8, when=paris(2025, 4, 17, 12))
    with freeze_time(paris(2025, 4, 18, 7, 10)), django_assert_max_num_queries(alone):
        assert digests.send_due() == 30
