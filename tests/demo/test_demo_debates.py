"""The demo's debates: the Assises' (closed in 2016) and the park's (open now), counters that
add up, and habitant@agora.test free to vote and mark an argument in the park's."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count, F, Q
from django.utils import timezone

from campaign_pages.models import CampaignPage
from demo.loader import load
from participation.common import figures
from participation.common.models import CampaignFigure, PageStats, SpacePhase
from participation.debates.models import (
    Argument,
    DebateCounters,
    DebatePage,
    OptionTally,
    Reply,
    UsefulMark,
    Vote,
    VoteOption,
)

from ..participation.helpers import figure

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 3, 1)


def debate_of(campaign_slug):
    return DebatePage.objects.get(url_path__contains=f"/{campaign_slug}/")


def rows():
    """Every row the demo writes in its debates, as a visitor or an editor could tell them."""
    return {
        "debates": sorted(DebatePage.objects.values_list("url_path", "title", "live")),
        "options": sorted(VoteOption.objects.values_list("page__title", "label", "sort_order")),
        "votes": sorted(Vote.objects.values_list("debate__title", "user__email", "option__label")),
        "arguments": sorted(
            Argument.objects.values_list("debate__title", "title", "author__email", "stance")
        ),
        "marks": sorted(UsefulMark.objects.values_list("argument__title", "user__email")),
        "replies": sorted(Reply.objects.values_list("argument__title", "author__email", "body")),
        "tallies": sorted(OptionTally.objects.values_list("option__label", "votes")),
        "counters": sorted(DebateCounters.objects.values_list("debate__title", "votes")),
        "stats": sorted(PageStats.objects.values_list("page", "followers_count")),
        "figures": sorted(CampaignFigure.objects.values_list("page", "key", "value")),
        "users": get_user_model().objects.count(),
    }


def test_the_assises_debate_ran_during_the_open_debate_period_of_2016():
    load(TODAY)
    debate = debate_of("assises-pour-la-ville")
    assert debate.get_parent().slug == "assises-pour-la-ville"
    assert debate.live
    assert debate.phase == SpacePhase.CLOSED
    assert timezone.localtime(debate.opens_at).date() == datetime.date(2016, 3, 7)
    assert timezone.localtime(debate.closes_at).date() == datetime.date(2016, 4, 15)
    assert debate.results_visible(has_voted=False)
    assert debate.options.count() >= 2
    assert 20 <= debate.votes.count() < 100
    for moment in [
        *debate.votes.values_list("created_at", flat=True),
        *debate.arguments.values_list("created_at", flat=True),
        *Reply.objects.filter(argument__debate=debate).values_list("created_at", flat=True),
    ]:
        assert debate.opens_at <= moment <= debate.closes_at


def test_the_park_debate_is_open_and_shows_its_results_once_one_has_voted():
    load()
    debate = debate_of("repenser-le-parc")
    assert debate.get_parent().slug == "repenser-le-parc"
    assert debate.phase == SpacePhase.OPEN
    assert debate.closes_at > timezone.now() + datetime.timedelta(days=7)
    assert debate.results_visibility == "after_vote"
    assert [o.label for o in debate.options.all()] == ["Pour", "Contre", "Abstention"]
    assert 20 <= debate.votes.count() < 100
    for stance in ("for", "against"):
        assert 3 <= debate.arguments.filter(stance=stance).count() <= 5
    assert Reply.objects.filter(argument__debate=debate).exists()
    now = timezone.now()
    assert not debate.votes.filter(created_at__gt=now).exists()
    assert not debate.arguments.filter(created_at__gt=now).exists()
    assert not UsefulMark.objects.filter(argument__debate=debate, created_at__gt=now).exists()
    assert not debate.arguments.filter(created_at__lt=debate.opens_at).exists()


def test_habitant_may_still_vote_and_mark_an_argument_useful_in_the_park_debate():
    load()
    debate = debate_of("repenser-le-parc")
    habitant = get_user_model().objects.get(email="habitant@agora.test")
    assert not debate.votes.filter(user=habitant).exists()
    assert not UsefulMark.objects.filter(argument__debate=debate, user=habitant).exists()
    others = debate.arguments.published().exclude(author=habitant)
    assert others.filter(author__email__endswith="@agora.test").exists()


def test_every_counter_of_the_debates_matches_the_rows_it_counts():
    load(TODAY)
    for debate in DebatePage.objects.all():
        votes = debate.votes.values("option").annotate(n=Count("pk"))
        by_option = {row["option"]: row["n"] for row in votes}
        for option in debate.options.all():
            assert option.votes_count == by_option.get(option.pk, 0), option.label
        published = debate.arguments.published()
        counters = DebateCounters.objects.get(debate=debate)
        assert counters.votes == debate.votes.count()
        assert counters.arguments_for == published.filter(stance="for").count()
        assert counters.arguments_against == published.filter(stance="against").count()
        for argument in debate.arguments.annotate(
            marks=Count("useful_marks", distinct=True),
            shown=Count("replies", filter=Q(replies__status="published"), distinct=True),
        ):
            assert argument.useful_count == argument.marks
            assert argument.replies_count == argument.shown
        own = UsefulMark.objects.filter(argument__debate=debate, user=F("argument__author"))
        assert not own.exists()


def test_the_campaign_figures_count_each_thing_as_itself_and_people_once():
    load(TODAY)
    slugs = ["assises-pour-la-ville", "repenser-le-parc"]
    for campaign in CampaignPage.objects.filter(slug__in=slugs):
        debates = DebatePage.objects.child_of(campaign)
        arguments = Argument.objects.filter(debate__in=debates)
        votes = Vote.objects.filter(debate__in=debates)
        assert figure(campaign, "arguments") == arguments.published().count()
        assert figure(campaign, "votes") == votes.count()
        voters = set(votes.values_list("user", flat=True))
        assert figure(campaign, figures.ONLINE) >= len(voters)
        assert figure(campaign, "participants") == (
            figure(campaign, figures.ONLINE) + figure(campaign, figures.DECLARED)
        )


def test_each_campaign_shows_its_debate_above_its_timeline():
    load(TODAY)
    for slug in ("assises-pour-la-ville", "repenser-le-parc"):
        campaign = CampaignPage.objects.get(slug=slug)
        debate = debate_of(slug)
        kinds = [
            "debate"
            if b.block_type == "space" and b.value["space"].pk == debate.pk
            else b.block_type
            for b in campaign.body
        ]
        assert kinds.index("debate") + 1 == kinds.index("timeline")


def test_loading_the_demo_twice_writes_nothing_twice_and_moves_the_park_debate():
    load(TODAY)
    first = rows()
    load(TODAY)
    assert rows() == first
    debate = debate_of("repenser-le-parc")
    argument = debate.arguments.earliest("created_at")
    load(TODAY + datetime.timedelta(days=10))
    assert rows() == first
    moved = Argument.objects.get(pk=argument.pk)
    assert moved.created_at - argument.created_at == datetime.timedelta(days=10)
    assert debate_of("repenser-le-parc").opens_at - debate.opens_at == datetime.timedelta(days=10)
