"""A suspended resident reads everything but posts nothing, and is told why and until when."""

import datetime
import uuid

import pytest
from django.utils import timezone

from participation.contributions.models import Comment, Contribution, Support
from participation.debates.models import Argument, Reply, UsefulMark, Vote
from participation.moderation.models import Report, Suspension

from ..helpers import contribution_form, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

REASON = "Propos injurieux répétés."
UNTIL = "22/04/2025 12:00"


@pytest.fixture
def suspended(contribution):
    """The author of `contribution`, suspended for a week."""
    user = contribution.author
    Suspension.objects.create(
        user=user, ends_at=timezone.now() + datetime.timedelta(days=7), reason=REASON
    )
    return user


def posting_requests(space, debate, contribution, argument):
    """Every way of posting, as (method, address, data)."""
    option = debate.options.first()
    key = str(uuid.uuid4())
    return {
        "contribution form": ("get", space_url(space, "contribute"), None),
        "contribute": ("post", space_url(space, "contribute"), contribution_form()),
        "edit form": ("get", space_url(space, "edit", contribution.pk), None),
        "edit": ("post", space_url(space, "edit", contribution.pk), contribution_form()),
        "comment": ("post", space_url(space, "comment", contribution.pk), {"body": "Oui"}),
        "support": ("post", space_url(space, "support", contribution.pk), {"action": "support"}),
        "argument form": ("get", space_url(debate, "argue"), None),
        "argue": (
            "post",
            space_url(debate, "argue"),
            {"stance": "for", "title": "Oui", "body": "Oui.", "submission_key": key},
        ),
        "reply": ("post", space_url(debate, "reply", argument.pk), {"body": "Non"}),
        "vote": ("post", space_url(debate, "vote"), {"option": option.pk}),
        "useful": ("post", space_url(debate, "useful", argument.pk), {"action": "mark"}),
        "report form": ("get", f"/moderation/signaler/argument/{argument.pk}/", None),
        "report": (
            "post",
            f"/moderation/signaler/argument/{argument.pk}/",
            {"reason": "spam"},
        ),
    }


POSTING = [
    "contribution form",
    "contribute",
    "edit form",
    "edit",
    "comment",
    "support",
    "argument form",
    "argue",
    "reply",
    "vote",
    "useful",
    "report form",
    "report",
]


@pytest.mark.parametrize("action", POSTING)
def test_a_suspended_resident_is_refused_every_post_with_the_reason_and_the_date(
    client, space, debate, contribution, argument, suspended, action
):
    method, url, data = posting_requests(space, debate, contribution, argument)[action]
    client.force_login(suspended)

    response = getattr(client, method)(url, data)

    assert response.status_code == 403
    page = visible_text(response)
    assert "Votre compte est suspendu" in page and UNTIL in page and REASON in page
    assert Contribution.objects.count() == 1
    contribution.refresh_from_db()
    assert contribution.title == "Des bancs à l'ombre"
    assert Argument.objects.count() == 1
    for model in (Comment, Support, Reply, Vote, UsefulMark, Report):
        assert not model.objects.exists()


def test_a_suspended_resident_may_still_follow_a_contribution(client, contribution, suspended):
    client.force_login(suspended)
    response = client.post(
        space_url(contribution.space, "follow", contribution.pk), {"action": "follow"}
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.followers_count == 1


def test_a_suspended_resident_reads_every_page_and_is_told_why_the_forms_are_gone(
    client, space, debate, contribution, argument, suspended
):
    client.force_login(suspended)
    pages = [space.url, contribution.get_absolute_url(), debate.url, argument.get_absolute_url()]

    responses = [client.get(url) for url in pages]

    assert [r.status_code for r in responses] == [200, 200, 200, 200]
    for response in responses[1:]:
        page = visible_text(response)
        assert REASON in page and UNTIL in page
    assert 'name="body"' not in responses[1].content.decode()
    assert 'name="option"' not in responses[2].content.decode()
    assert 'name="body"' not in responses[3].content.decode()


@pytest.mark.parametrize("ended", ["lifted", "expired"])
def test_once_the_suspension_ends_the_resident_posts_again(client, space, suspended, ended):
    suspension = Suspension.objects.get()
    if ended == "lifted":
        suspension.lifted_at = timezone.now()
    else:
        suspension.ends_at = timezone.now() - datetime.timedelta(minutes=1)
    suspension.save()
    client.force_login(suspended)

    response = client.post(space_url(space, "contribute"), contribution_form(title="De retour"))

    assert response.status_code == 302
    assert Contribution.objects.filter(title="De retour").exists()
