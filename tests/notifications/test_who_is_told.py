"""Who hears of each event, and under which topic: the author of what is commented or replied
to (replies), the followers of the contribution, the space or the campaign (followed), the
author of a moderated text (moderation). Never the one who acted, never a deleted account,
once per resident; a text waiting for moderation tells its followers when approved, a
restored one does not tell them again."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.services import delete_account
from notifications import services as notifications
from notifications.models import Notification, Preference
from participation.common import events
from participation.common import services as common
from participation.common.events import Frequency
from participation.contributions import services as contributions
from participation.debates import services as debates
from participation.moderation import services as moderation

from ..factories import UserFactory
from ..participation.factories import ConsultationPageFactory

pytestmark = pytest.mark.django_db

# Every event this file says who hears of ("spaces.closed" is declared but not emitted yet).
COVERED = {
    "contributions.published",
    "contributions.commented",
    "contributions.answered",
    "debates.argued",
    "debates.replied",
    "spaces.opened",
    "moderation.hidden",
    "moderation.restored",
    "moderation.suspended",
}


def told(event):
    """{email: topic} of the notifications of `event`."""
    rows = Notification.objects.filter(event=event).values_list("user__email", "topic")
    emails = [email for email, _topic in rows]
    assert len(emails) == len(set(emails)), f"someone was told twice of {event}"
    return dict(rows)


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Runs an action and the events it emits, as when its transaction commits."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def author(residents):
    return residents[0]


@pytest.fixture
def proposal(open_today, space, author, run):
    contribution, _ = run(
        contributions.create_contribution, space, author, title="Des bancs", body="À l'ombre."
    )
    return contribution


@pytest.fixture
def argument(open_today, debate, author, run):
    argument, _ = run(
        debates.create_argument, debate, author, "for", "Moins de bruit", "Plus de calme."
    )
    return argument


@pytest.fixture
def moderated_space(space):
    space.moderated_before_publication = True
    space.save_revision().publish()
    space.refresh_from_db()
    return space


def test_every_declared_event_is_covered_here():
    assert set(events.declared()) - {"spaces.closed"} == COVERED


def test_a_contribution_tells_the_followers_of_its_space_and_campaign_never_its_author(
    open_today, space, campaign, residents, run
):
    author, space_follower, campaign_follower = residents
    common.follow(space_follower, space)
    common.follow(campaign_follower, campaign)
    common.follow(campaign_follower, space)  # concerned twice: told once
    common.follow(author, space)

    run(contributions.create_contribution, space, author, title="Des bancs", body="À l'ombre.")

    assert told("contributions.published") == {
        space_follower.email: "followed",
        campaign_follower.email: "followed",
    }


def test_a_comment_tells_the_contribution_author_as_a_reply_and_its_followers_as_news(
    proposal, author, residents, run
):
    _, commenter, follower = residents
    common.follow(author, proposal)  # the author's Tell (replies) comes first and wins
    common.follow(follower, proposal)
    common.follow(commenter, proposal)

    run(contributions.add_comment, proposal, commenter, "Bonne idée.")

    assert told("contributions.commented") == {author.email: "replies", follower.email: "followed"}


def test_an_answer_to_a_comment_tells_the_comment_author_as_a_reply(
    proposal, author, residents, run
):
    _, first, second = residents
    comment, _ = run(contributions.add_comment, proposal, first, "Bonne idée.")
    Notification.objects.all().delete()

    run(contributions.add_comment, proposal, second, "Je suis d'accord.", parent=comment)

    assert told("contributions.commented") == {author.email: "replies", first.email: "replies"}


def test_an_official_answer_tells_the_author_and_the_followers_never_the_staff(
    proposal, author, residents, superuser, run
):
    follower = residents[1]
    common.follow(follower, proposal)
    common.follow(superuser, proposal)

    run(contributions.answer, proposal, superuser, "accepted", "Nous les installerons.")

    assert told("contributions.answered") == {author.email: "answers", follower.email: "answers"}


def test_an_argument_tells_the_followers_of_the_debate_and_the_campaign(
    open_today, debate, campaign, residents, run
):
    author, debate_follower, campaign_follower = residents
    common.follow(debate_follower, debate)
    common.follow(campaign_follower, campaign)

    run(debates.create_argument, debate, author, "for", "Moins de bruit", "Plus de calme.")

    assert told("debates.argued") == {
        debate_follower.email: "followed",
        campaign_follower.email: "followed",
    }


def test_a_reply_tells_the_argument_author_as_a_reply_and_the_followers_as_news(
    argument, debate, author, residents, run
):
    _, replier, follower = residents
    common.follow(author, debate)
    common.follow(follower, debate)
    common.follow(replier, debate)

    run(debates.add_reply, argument, replier, "Et les livraisons ?")

    assert told("debates.replied") == {author.email: "replies", follower.email: "followed"}


def test_a_deleted_account_is_never_told(proposal, author, residents, run):
    _, commenter, follower = residents
    common.follow(follower, proposal)
    delete_account(author)
    delete_account(follower)

    run(contributions.add_comment, proposal, commenter, "Bonne idée.")

    assert told("contributions.commented") == {}


def test_a_pending_text_tells_its_followers_only_once_approved(
    open_today, moderated_space, residents, moderator, run
):
    author, follower, _ = residents
    common.follow(follower, moderated_space)
    contribution, _ = run(
        contributions.create_contribution, moderated_space, author, title="Un kiosque", body="."
    )
    assert told("contributions.published") == {}

    run(moderation.approve, contribution, moderator)

    assert told("contributions.published") == {follower.email: "followed"}


@pytest.mark.parametrize(
    ("kind", "event"),
    [
        ("contribution", "contributions.published"),
        ("comment", "contributions.commented"),
        ("argument", "debates.argued"),
        ("reply", "debates.replied"),
    ],
)
def test_a_restored_text_tells_no_follower_again_but_its_author_hears_of_the_decisions(
    open_today, kind, event, space, debate, residents, moderator, run
):
    author, other, follower = residents
    common.follow(follower, space)
    common.follow(follower, debate)
    if kind in ("contribution", "comment"):
        item, _ = run(contributions.create_contribution, space, author, title="Des bancs", body=".")
    else:
        item, _ = run(debates.create_argument, debate, author, "for", "Moins de bruit", ".")
    if kind in ("comment", "reply"):
        add = contributions.add_comment if kind == "comment" else debates.add_reply
        item, _ = run(add, item, other, "Bonne idée.")
    before = told(event)
    assert follower.email in before

    run(moderation.hide, item, moderator, "spam")
    run(moderation.restore, item, moderator)

    assert told(event) == before
    assert told("moderation.hidden") == {item.author.email: "moderation"}
    assert told("moderation.restored") == {item.author.email: "moderation"}


def test_hiding_emails_the_author_at_once_with_the_reason_and_the_charter(
    proposal, author, residents, moderator, charter, run
):
    common.follow(residents[1], proposal)
    mail.outbox.clear()

    run(moderation.hide, proposal, moderator, "abuse", "Insulte envers un voisin.")

    assert told("moderation.hidden") == {author.email: "moderation"}
    [email] = mail.outbox
    assert (email.to, email.subject) == (
        [author.email],
        "Votre texte a été masqué par la modération",
    )
    assert "Motif : Propos injurieux ou discriminatoires : Insulte envers un voisin." in email.body
    assert "« Des bancs »" in email.body
    assert "http://testserver" + proposal.get_absolute_url() in email.body
    assert "http://testserver/charte/" in email.body
    assert email.alternatives[0][1] == "text/html"
    assert "List-Unsubscribe-Post" in email.extra_headers
    [notification] = Notification.objects.filter(event="moderation.hidden")
    assert "Des bancs" in notification.message
    assert notification.url == proposal.get_absolute_url()
    assert (
        notification.details["reason"]
        == "Propos injurieux ou discriminatoires : Insulte envers un voisin."
    )


def test_a_suspended_resident_is_emailed_their_suspension(
    suspended_resident, moderator, charter, run
):
    ends_at = timezone.make_aware(datetime.datetime(2031, 3, 8, 18, 30))

    run(moderation.suspend, suspended_resident, moderator, ends_at, "Insultes répétées.")

    assert told("moderation.suspended") == {suspended_resident.email: "moderation"}
    [email] = mail.outbox
    assert (email.to, email.subject) == ([suspended_resident.email], "Votre compte est suspendu")
    assert "jusqu'au 8 mars 2031 18:30" in email.body
    assert "Motif : Insultes répétées." in email.body
    assert "http://testserver/charte/" in email.body


def test_the_resident_preference_decides_whether_the_email_goes_now(
    open_today, space, residents, run
):
    author, at_once, daily = residents
    common.follow(at_once, space)
    common.follow(daily, space)
    Preference.objects.create(user=at_once, topic="followed", frequency=Frequency.IMMEDIATE)
    Preference.objects.create(user=daily, topic="followed", frequency=Frequency.DAILY)
    mail.outbox.clear()

    run(contributions.create_contribution, space, author, title="Des bancs", body="À l'ombre.")

    assert [m.to for m in mail.outbox] == [[at_once.email]]
    sent = Notification.objects.get(user=daily)
    assert (sent.delivery, sent.emailed_at) == (Frequency.DAILY, None)


def test_a_space_first_published_tells_the_campaign_followers_not_a_republish(
    campaign, residents, run
):
    follower = residents[0]
    common.follow(follower, campaign)
    page = ConsultationPageFactory(parent=campaign, title="Le kiosque", slug="kiosque", live=False)
    assert told("spaces.opened") == {}

    run(page.save_revision().publish)
    assert told("spaces.opened") == {follower.email: "followed"}

    page.refresh_from_db()
    page.title = "Le kiosque du parc"
    run(page.save_revision().publish)
    assert Notification.objects.filter(event="spaces.opened").count() == 1


def test_telling_fifty_followers_costs_the_queries_of_telling_one(
    open_today, space, author, django_assert_max_num_queries
):
    contribution, _ = contributions.create_contribution(space, author, title="Un", body=".")

    def queries_with(count):
        for follower in UserFactory.create_batch(count):
            common.follow(follower, space)
        # Once first, so that both counts find the same caches (site root paths) warm.
        notifications.on_event("contributions.published", contribution, actor=author, space=space)
        Notification.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            created = notifications.on_event(
                "contributions.published", contribution, actor=author, space=space
            )
        assert len(created) == Notification.objects.count()
        Notification.objects.all().delete()
        return len(queries)

    with django_assert_max_num_queries(12):
        notifications.on_event("contributions.published", contribution, actor=author, space=space)
    Notification.objects.all().delete()
    assert queries_with(1) == queries_with(49)
