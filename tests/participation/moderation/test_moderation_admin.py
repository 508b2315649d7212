"""The moderators' admin: the queue, its filters and bulk actions, an item's page and its actions.

Suspensions and a moderator's settings: test_moderation_suspensions.py."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.constants import ERROR, SUCCESS
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page

from participation.common.models import ModerationStatus
from participation.contributions import services as contributions
from participation.contributions.models import Contribution
from participation.debates.models import Argument, DebateCounters
from participation.moderation import services
from participation.moderation.models import QueueItem, Report

from ...factories import CampaignPageFactory
from ..factories import ConsultationPageFactory
from ..helpers import figure

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

QUEUE = reverse("moderation_admin:index")
BULK = reverse("moderation_admin:bulk")
KINDS = ["contribution", "comment", "argument", "reply"]
COUNTERS = {
    "contribution": lambda item: figure(item.space, "contributions"),
    "comment": lambda item: Contribution.objects.get(pk=item.contribution_id).comments_count,
    "argument": lambda item: DebateCounters.objects.get(debate=item.debate_id).arguments_for,
    "reply": lambda item: Argument.objects.get(pk=item.argument_id).replies_count,
}


def contributions_in(page_id):
    return figure(Page.objects.get(pk=page_id), "contributions")


def row_of(item):
    return QueueItem.objects.get(content_type__model=type(item).__name__.lower(), object_id=item.pk)


def item_url(item):
    return reverse("moderation_admin:item", args=[row_of(item).pk])


def messages_of(response):
    return [(m.level, str(m)) for m in get_messages(response.wsgi_request)]


def listed(response):
    return [(row.content_type.model, row.object_id) for row in response.context["object_list"]]


def key(item):
    return (type(item).__name__.lower(), item.pk)


@pytest.fixture
def signed_in(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def pending(campaign, residents):
    space = ConsultationPageFactory(parent=campaign, moderated_before_publication=True)
    contribution, _ = contributions.create_contribution(
        space, residents[2], title="En attente", body="Un texte à approuver."
    )
    return contribution


# The item's page


@pytest.mark.parametrize("kind", KINDS)
def test_hiding_from_the_admin_keeps_the_row_moves_the_counter_logs_and_emails_the_author(
    signed_in, moderator, charter, request, kind, django_capture_on_commit_callbacks
):
    item = request.getfixturevalue(kind)
    before = COUNTERS[kind](item)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            item_url(item),
            {"action": "hide", "hide-reason": "abuse", "hide-text": "Insulte envers un voisin."},
        )

    assert response.status_code == 302
    assert response["Location"] == item_url(item)
    assert [level for level, _text in messages_of(response)] == [SUCCESS]
    item.refresh_from_db()
    assert item.status == ModerationStatus.HIDDEN
    assert item.hidden_reason == "Propos injurieux ou discriminatoires : Insulte envers un voisin."
    assert item.hidden_by == moderator
    assert COUNTERS[kind](item) == before - 1
    [entry] = ModelLogEntry.objects.filter(action="moderation.hide")
    assert (entry.user, entry.data["reason"]) == (moderator, item.hidden_reason)
    [email] = mail.outbox
    assert email.to == [item.author.email]
    assert email.subject == "Votre texte a été masqué par la modération"
    assert "Motif : Propos injurieux ou discriminatoires : Insulte envers un voisin." in email.body
    assert "http://testserver/charte/" in email.body
    # A notification of the topic "moderation": an HTML part and a way to unsubscribe.
    assert email.alternatives[0][1] == "text/html"
    assert "List-Unsubscribe" in email.extra_headers


def test_hiding_a_contribution_also_moves_its_campaign_counter(signed_in, contribution, campaign):
    signed_in.post(item_url(contribution), {"action": "hide", "hide-reason": "spam"})

    assert figure(campaign, "contributions") == 0


@pytest.mark.parametrize("kind", KINDS)
def test_restoring_from_the_admin_puts_the_item_and_its_counter_back(
    signed_in, moderator, request, kind, django_capture_on_commit_callbacks
):
    item = request.getfixturevalue(kind)
    before = COUNTERS[kind](item)
    services.hide(item, moderator, "spam")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            item_url(item), {"action": "restore", "restore-text": "Signalement abusif."}
        )

    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.hidden_reason) == (ModerationStatus.PUBLISHED, "")
    assert COUNTERS[kind](item) == before
    [entry] = ModelLogEntry.objects.filter(action="moderation.restore")
    assert entry.data["reason"] == "Signalement abusif."
    [email] = mail.outbox
    assert (email.to, email.subject) == ([item.author.email], "Votre texte est de nouveau visible")


def test_approving_publishes_a_pending_item_and_counts_it(signed_in, pending, moderator):
    before = contributions_in(pending.space_id)

    signed_in.post(item_url(pending), {"action": "approve"})

    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PUBLISHED
    assert (before, contributions_in(pending.space_id)) == (0, 1)
    assert ModelLogEntry.objects.filter(action="moderation.approve", user=moderator).count() == 1


def test_marking_reviewed_closes_the_reports_and_takes_the_item_out_of_the_queue(
    signed_in, contribution, residents
):
    services.report(residents[1], contribution, "spam")

    signed_in.post(item_url(contribution), {"action": "review"})

    assert not Report.objects.filter(status="open").exists()
    assert key(contribution) not in listed(signed_in.get(QUEUE))
    contribution.refresh_from_db()
    assert contribution.status == ModerationStatus.PUBLISHED


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"hide-reason": "other", "hide-text": " "}, "text"),
        ({"hide-reason": "", "hide-text": "Pas de motif choisi."}, "reason"),
    ],
)
def test_hiding_needs_a_reason_and_for_another_reason_an_explanation(
    signed_in, contribution, data, field
):
    response = signed_in.post(item_url(contribution), {"action": "hide", **data})

    assert response.status_code == 400
    assert list(response.context["forms"]["hide"].errors) == [field]
    assert [level for level, _text in messages_of(response)] == [ERROR]
    contribution.refresh_from_db()
    assert contribution.status == ModerationStatus.PUBLISHED
    assert not ModelLogEntry.objects.filter(action="moderation.hide").exists()


def test_an_action_that_does_not_apply_is_refused(signed_in, contribution):
    response = signed_in.post(item_url(contribution), {"action": "restore"})

    assert response.status_code == 400
    assert not ModelLogEntry.objects.filter(action="moderation.restore").exists()


def test_hiding_an_item_hidden_meanwhile_changes_nothing(signed_in, contribution, moderator):
    page = signed_in.get(item_url(contribution))
    services.hide(contribution, moderator, "spam")  # by another moderator, meanwhile

    response = signed_in.post(item_url(contribution), {"action": "hide", "hide-reason": "abuse"})

    assert page.status_code == 200
    assert response.status_code == 400
    assert ModelLogEntry.objects.filter(action="moderation.hide").count() == 1


def test_the_item_page_shows_the_whole_text_its_reports_and_its_history(
    signed_in, space, residents, moderator
):
    body = "Un long texte. " * 40
    contribution, _ = contributions.create_contribution(
        space, residents[0], title="Des bancs", body=body
    )
    services.report(residents[1], contribution, "off_topic", "Rien à voir avec le parc.")
    services.restore(contribution, moderator)  # not hidden: does nothing, logs nothing
    services.hide(contribution, moderator, "spam", "Publicité pour un commerce.")
    services.report(residents[2], contribution, "abuse")

    response = signed_in.get(item_url(contribution))

    html = response.content.decode()
    assert body.strip() in html
    assert residents[0].public_name in html
    assert reverse("moderation_admin:suspend", args=[residents[0].pk]) in html
    assert contribution.get_absolute_url() in html
    open_reports = response.context["open_reports"]
    past_reports = response.context["past_reports"]
    assert [r.reporter for r in open_reports] == [residents[2]]
    assert [r.reporter for r in past_reports] == [residents[1]]
    assert "Rien à voir avec le parc." in html
    assert residents[1].public_name in html
    assert "hors sujet" in html.lower()
    assert "Masqué par la modération — Spam ou publicité : Publicité pour un commerce." in html


def test_wagtails_history_of_a_contribution_shows_the_moderation_and_its_reason(
    signed_in, contribution, moderator
):
    services.hide(contribution, moderator, "spam", "Lien vers un commerce.")

    response = signed_in.get(reverse("contributions:history", args=[contribution.pk]))

    assert "Masqué par la modération — Spam ou publicité : Lien vers un commerce." in (
        response.content.decode()
    )


def test_the_item_page_offers_no_suspension_of_a_staff_author(signed_in, space, editor):
    contribution, _ = contributions.create_contribution(space, editor, title="T", body="B")

    response = signed_in.get(item_url(contribution))

    assert response.context["may_suspend"] is False
    assert reverse("moderation_admin:suspend", args=[editor.pk]) not in response.content.decode()


# The queue


@pytest.fixture
def queue(contribution, comment, argument, reply, pending, residents, moderator):
    """A queue of five: the comment reported twice, the contribution once, one pending, the
    argument not read yet, the reply reviewed."""
    days = {contribution: 1, comment: 2, argument: 3, reply: 4, pending: 0}
    for item, day in days.items():
        QueueItem.objects.filter(pk=row_of(item).pk).update(
            created_at=timezone.now() - datetime.timedelta(days=10 - day)
        )
    services.report(residents[0], comment, "abuse")
    services.report(residents[2], comment, "off_topic")
    services.report(residents[1], contribution, "spam")
    services.mark_reviewed(reply, moderator)
    return {"contribution": contribution, "comment": comment, "argument": argument}


def test_the_queue_lists_reported_items_first_then_pending_ones_then_unread_ones(
    signed_in, queue, pending
):
    response = signed_in.get(QUEUE)

    assert listed(response) == [
        key(queue["comment"]),
        key(queue["contribution"]),
        key(pending),
        key(queue["argument"]),
    ]
    html = response.content.decode()
    assert "propos injurieux ou discriminatoires" in html
    assert "hors sujet" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert reverse("moderation_admin:settings") in html


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("reported", ["comment", "contribution"]),
        ("pending", ["pending"]),
        ("reviewed", ["reply"]),
        ("hidden", []),
        ("all", ["comment", "contribution", "pending", "reply", "argument"]),
    ],
)
def test_the_queue_filters_by_status(signed_in, queue, pending, reply, status, expected):
    items = {**queue, "pending": pending, "reply": reply}

    response = signed_in.get(QUEUE, {"status": status})

    assert listed(response) == [key(items[name]) for name in expected]


def test_the_queue_filters_by_type_and_by_campaign(signed_in, queue, campaign_index, residents):
    other = CampaignPageFactory(parent=campaign_index, title="Le marché")
    elsewhere = ConsultationPageFactory(parent=other)
    far, _ = contributions.create_contribution(elsewhere, residents[0], title="Marché", body="B")

    by_kind = signed_in.get(QUEUE, {"kind": "argument"})
    by_campaign = signed_in.get(QUEUE, {"campaign": other.pk})

    assert listed(by_kind) == [key(queue["argument"])]
    assert listed(by_campaign) == [key(far)]


def test_the_filtered_results_send_bulk_actions_back_to_the_same_filters(signed_in, queue):
    results = reverse("moderation_admin:index_results")

    response = signed_in.get(results, {"status": "all", "_w_filter_fragment": "1"})

    assert response.context["queue_url"] == QUEUE + "?status=all"
    assert f'name="next" value="{QUEUE}?status=all"' in response.content.decode()


def test_a_stale_filter_shows_what_is_left_to_review(signed_in, queue, reply):
    response = signed_in.get(QUEUE, {"campaign": 999_999, "status": "all"})

    assert key(reply) not in listed(response)
    assert len(listed(response)) == 4


def test_the_queue_pages_by_fifty(signed_in, contribution):
    row = row_of(contribution)
    QueueItem.objects.bulk_create(
        QueueItem(
            content_type=row.content_type,
            object_id=10_000 + n,
            status="published",
            created_at=row.created_at,
        )
        for n in range(50)
    )

    first, second = signed_in.get(QUEUE), signed_in.get(QUEUE, {"p": 2})

    assert (len(first.context["object_list"]), len(second.context["object_list"])) == (50, 1)


def test_the_queue_takes_as_many_queries_for_many_rows_as_for_few(
    signed_in, queue, space, debate, residents
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert signed_in.get(QUEUE, {"status": "all"}).status_code == 200
        return len(captured)

    queries()  # content types and site roots are cached from now on
    few = queries()
    for n in range(4):
        author, reporter = residents[n % 3], residents[(n + 1) % 3]
        contribution, _ = contributions.create_contribution(space, author, title="T", body=f"{n}")
        services.report(reporter, contribution, "spam")
        contributions.add_comment(contribution, author, "Oui.")
    many = queries()

    assert QueueItem.objects.count() >= 13
    assert many == few


# Bulk actions


def test_bulk_hiding_hides_each_item_through_the_services(
    signed_in, contribution, argument, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            BULK,
            {
                "items": [row_of(contribution).pk, row_of(argument).pk],
                "action": "hide",
                "reason": "spam",
                "text": "",
                "next": QUEUE + "?status=all",
            },
        )

    assert response["Location"] == QUEUE + "?status=all"
    [(level, message)] = messages_of(response)
    assert level == SUCCESS and "2" in message
    for item in (contribution, argument):
        item.refresh_from_db()
        assert (item.status, item.hidden_reason) == ("hidden", "Spam ou publicité")
    assert COUNTERS["contribution"](contribution) == COUNTERS["argument"](argument) == 0
    assert ModelLogEntry.objects.filter(action="moderation.hide").count() == 2
    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        [contribution.author.email, argument.author.email]
    )


def test_bulk_marking_reviewed_marks_each_item(signed_in, contribution, argument, moderator):
    response = signed_in.post(
        BULK, {"items": [row_of(contribution).pk, row_of(argument).pk], "action": "review"}
    )

    assert response["Location"] == QUEUE
    assert QueueItem.objects.filter(reviewed_by=moderator).count() == 2
    assert ModelLogEntry.objects.filter(action="moderation.review").count() == 2


@pytest.mark.parametrize(
    "data",
    [
        {"action": "hide", "reason": "spam"},  # nothing selected
        {"action": "hide", "reason": "", "items": "ROW"},
        {"action": "hide", "reason": "other", "text": "", "items": "ROW"},
        {"action": "delete", "items": "ROW"},
    ],
)
def test_bulk_actions_without_what_they_need_change_nothing(signed_in, contribution, data):
    if data.get("items"):
        data = {**data, "items": row_of(contribution).pk}

    response = signed_in.post(BULK, data)

    assert response.status_code == 302
    assert {level for level, _text in messages_of(response)} == {ERROR}
    contribution.refresh_from_db()
    assert contribution.status == ModerationStatus.PUBLISHED
    assert row_of(contribution).reviewed_at is None


def test_bulk_actions_do_not_send_moderators_to_another_site(signed_in, contribution):
    response = signed_in.post(
        BULK, {"items": row_of(contribution).pk, "action": "review", "next": "https://evil.test/"}
    )

    assert response["Location"] == QUEUE


def test_bulk_actions_need_the_csrf_token(moderator, contribution):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    response = client.post(BULK, {"items": row_of(contribution).pk, "action": "review"})

    assert response.status_code == 403
    assert row_of(contribution).reviewed_at is None
