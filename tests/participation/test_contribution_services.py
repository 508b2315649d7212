"""Contributions, supports, comments and follows: what is stored, and the counters moved with it."""

import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import personal_data
from participation.common import services as common_services
from participation.common.models import PageStats
from participation.contributions import services
from participation.contributions.models import Contribution

from .helpers import figure

pytestmark = pytest.mark.django_db


def stats(page):
    """Contributions and participants of the page's campaign, and the page's followers."""
    followers = PageStats.objects.filter(page=page).values_list("followers_count", flat=True)
    return (figure(page, "contributions"), figure(page, "participants"), sum(followers))


def test_a_contribution_moves_the_counters_of_its_space_and_campaign(space, campaign, resident):
    services.create_contribution(space, resident, title="Des bancs", body="Plus de bancs.")
    services.create_contribution(
        space,
        resident,
        kind="collective",
        title="Un jardin partagé",
        body="Proposé par l'atelier.",
        group_name="Atelier du 9 janvier",
        participants=12,
    )

    assert stats(space) == (2, 13, 0)
    assert stats(campaign) == (2, 13, 0)


def test_an_individual_contribution_counts_one_participant_whatever_it_declares(space, resident):
    contribution, _ = services.create_contribution(
        space, resident, title="Des bancs", body="Plus de bancs.", participants=40
    )
    assert contribution.participants == 1
    assert stats(space) == (1, 1, 0)


def test_sending_the_same_form_twice_stores_one_contribution(space, resident):
    key = uuid.uuid4()
    first, created = services.create_contribution(
        space, resident, submission_key=key, title="Des bancs", body="Plus de bancs."
    )
    again, created_again = services.create_contribution(
        space, resident, submission_key=key, title="Des bancs", body="Plus de bancs."
    )

    assert created and not created_again
    assert again.pk == first.pk
    assert Contribution.objects.count() == 1
    assert stats(space) == (1, 1, 0)


def test_a_resident_supports_a_contribution_once(space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")

    assert services.support(contribution, residents[0]) is True
    assert services.support(contribution, residents[0]) is False
    assert services.support(contribution, residents[1]) is True

    contribution.refresh_from_db()
    assert contribution.supports_count == 2
    assert contribution.supports.count() == 2


def test_withdrawing_a_support_moves_the_count_back(space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    services.support(contribution, residents[0])

    assert services.withdraw_support(contribution, residents[0]) is True
    assert services.withdraw_support(contribution, residents[0]) is False
    contribution.refresh_from_db()
    assert contribution.supports_count == 0


def test_comments_have_one_level_of_replies(space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    comment, _ = services.add_comment(contribution, residents[0], "D'accord.")
    reply, _ = services.add_comment(contribution, residents[1], "Moi aussi.", parent=comment)

    with pytest.raises(ValidationError):
        services.add_comment(contribution, residents[2], "Et moi ?", parent=reply)

    contribution.refresh_from_db()
    assert contribution.comments_count == 2


def test_a_reply_must_answer_a_comment_of_the_same_contribution(space, resident, residents):
    first, _ = services.create_contribution(space, resident, title="T1", body="B")
    second, _ = services.create_contribution(space, resident, title="T2", body="B")
    comment, _ = services.add_comment(first, residents[0], "Sur la première.")

    with pytest.raises(ValidationError):
        services.add_comment(second, residents[1], "Ailleurs.", parent=comment)


def test_a_double_submitted_comment_is_stored_once(space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    key = uuid.uuid4()
    services.add_comment(contribution, residents[0], "D'accord.", submission_key=key)
    services.add_comment(contribution, residents[0], "D'accord.", submission_key=key)

    contribution.refresh_from_db()
    assert contribution.comments_count == 1
    assert contribution.comments.count() == 1


def test_the_author_edits_until_the_first_comment(space, resident, residents):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    services.edit_contribution(contribution, title="Titre corrigé")
    contribution.refresh_from_db()
    assert contribution.title == "Titre corrigé"
    assert contribution.edited_at is not None

    services.add_comment(contribution, residents[0], "Bonne idée.")
    contribution.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.edit_contribution(contribution, title="Encore")


def test_an_official_answer_ends_editing(space, resident, editor):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")
    services.answer(contribution, editor, "accepted", "Retenue pour la phase 2.")
    contribution.refresh_from_db()

    assert contribution.answered_by == editor
    assert not contribution.can_be_edited


def test_following_a_campaign_and_a_contribution_counts_followers(
    space, campaign, resident, residents
):
    contribution, _ = services.create_contribution(space, resident, title="T", body="B")

    assert common_services.follow(residents[0], campaign) is True
    assert common_services.follow(residents[0], campaign) is False
    assert common_services.follow(residents[1], contribution) is True
    assert common_services.is_following(residents[1], contribution)

    contribution.refresh_from_db()
    assert stats(campaign)[2] == 1
    assert contribution.followers_count == 1

    assert common_services.unfollow(residents[0], campaign) is True
    assert stats(campaign)[2] == 0


def test_the_data_export_holds_a_residents_contributions_and_nothing_of_others(
    space, resident, residents
):
    mine, _ = services.create_contribution(space, resident, title="Mon idée", body="B")
    services.create_contribution(space, residents[0], title="Son idée", body="B")
    services.add_comment(mine, resident, "Je précise.")

    data = personal_data.collect(resident)["contributions"]

    assert [c["title"] for c in data["contributions"]] == ["Mon idée"]
    assert [c["text"] for c in data["comments"]] == ["Je précise."]
