"""The demo's contribution spaces: the park's proposals and the Assises, counters that add up."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum
from django.utils import timezone

from demo.loader import load
from participation.common import figures
from participation.common.models import CampaignFigure, Follow, PageStats, Participant, SpacePhase
from participation.contributions.models import Comment, ConsultationPage, Contribution, Support

from ..participation.helpers import figure

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 3, 1)


def park_space():
    return ConsultationPage.objects.get(url_path__endswith="/repenser-le-parc/propositions/")


def contents():
    """Every row the demo writes in its spaces, as a visitor could tell them apart."""
    return {
        "contributions": sorted(Contribution.objects.values_list("space__title", "title")),
        "comments": Comment.objects.count(),
        "supports": Support.objects.count(),
        "follows": Follow.objects.count(),
        "stats": sorted(PageStats.objects.values_list("page", "followers_count")),
        "figures": sorted(CampaignFigure.objects.values_list("page", "key", "value")),
        "participants": Participant.objects.count(),
    }


def test_the_park_space_is_open_with_the_proposals_of_the_january_workshops():
    load()
    space = park_space()
    titles = set(space.contributions.values_list("title", flat=True))
    assert space.question == "Comment voulez-vous repenser le parc ?"
    assert space.phase == SpacePhase.OPEN
    assert not space.contributions.filter(created_at__gt=timezone.now()).exists()
    assert {"Fréquentation du parc", "Les animaux du parc"} <= titles
    workshops = space.contributions.filter(group_name="Ateliers du 9 janvier 2019")
    assert workshops.count() == 3
    assert all(c.is_collective and c.meeting_date.year == 2019 for c in workshops)
    assert space.contributions.exclude(provenance="online").exists()
    assert space.contributions.answered().count() >= 2


def test_the_assises_space_is_closed_and_its_counters_match_the_rows_they_count():
    load(TODAY)
    assises = ConsultationPage.objects.get(
        url_path__endswith="/assises-pour-la-ville/contributions/"
    )
    assert assises.phase == SpacePhase.CLOSED
    assert assises.contributions.filter(kind="collective").count() >= 2
    contribution_type = ContentType.objects.get_for_model(Contribution)
    for contribution in Contribution.objects.all():
        follows = Follow.objects.filter(content_type=contribution_type, object_id=contribution.pk)
        assert contribution.comments_count == contribution.comments.published().count()
        assert contribution.supports_count == contribution.supports.count()
        assert contribution.followers_count == follows.count()
    for space in ConsultationPage.objects.all():
        published = space.contributions.published()
        assert figure(space, "contributions") == published.count()
        collective = published.filter(kind="collective").aggregate(n=Sum("participants"))["n"]
        offline = published.filter(kind="individual").exclude(provenance="online").count()
        assert figure(space, figures.DECLARED) == (collective or 0) + offline


def test_loading_the_demo_again_writes_nothing_twice_and_moves_the_park_with_its_dates():
    load(TODAY)
    first = contents()
    load(TODAY)
    assert contents() == first
    frequentation = Contribution.objects.get(title="Fréquentation du parc")
    first_comment = frequentation.comments.earliest("created_at")
    first = contents()
    load(TODAY + datetime.timedelta(days=10))
    frequentation.refresh_from_db()
    assert contents() == first
    moved = frequentation.comments.get(pk=first_comment.pk)
    assert moved.created_at - first_comment.created_at == datetime.timedelta(days=10)
    assert frequentation.created_at > park_space().opens_at
