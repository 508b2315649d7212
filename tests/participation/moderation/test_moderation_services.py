"""Moderation's services: nothing is deleted, counters stay right, every action is logged."""

from types import SimpleNamespace

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from participation.common.models import ModerationStatus
from participation.contributions import services as contributions
from participation.debates import services as debates
from participation.moderation import services
from participation.moderation.models import QueueItem, Report

from ..helpers import figure

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


def stats(page):
    """The campaign's stored figures seen from a page: contributions, or a debate's arguments."""
    key = "arguments" if page.specific_class.__name__ == "DebatePage" else "contributions"
    return SimpleNamespace(contributions_count=figure(page, key))


def test_a_new_item_enters_the_queue_unreviewed(contribution):
    row = QueueItem.objects.get(object_id=contribution.pk, content_type__model="contribution")
    assert (row.title, row.status, row.reviewed_at) == ("Des bancs à l'ombre", "published", None)
    assert row.space_id == contribution.space_id
    assert row.campaign_id == contribution.space.get_parent().pk
    assert QueueItem.objects.to_review().filter(pk=row.pk).exists()


def test_hiding_keeps_the_row_moves_the_counters_logs_and_tells_the_author(
    contribution, space, moderator, django_capture_on_commit_callbacks
):
    assert stats(space).contributions_count == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert services.hide(contribution, moderator, "abuse", "Insulte envers un voisin.")
    contribution.refresh_from_db()
    assert contribution.status == ModerationStatus.HIDDEN
    assert contribution.body == "Plus de bancs sous les arbres."
    assert contribution.hidden_reason == (
        "Propos injurieux ou discriminatoires : Insulte envers un voisin."
    )
    assert stats(space).contributions_count == 0
    assert stats(space.get_parent()).contributions_count == 0
    [entry] = ModelLogEntry.objects.filter(action="moderation.hide")
    assert entry.user == moderator
    assert entry.data["reason"] == contribution.hidden_reason
    [email] = mail.outbox
    assert email.to == [contribution.author.email]
    assert "masqué" in email.subject
    assert "Insulte envers un voisin." in email.body


def test_hiding_twice_changes_nothing_the_second_time(contribution, space, moderator):
    services.hide(contribution, moderator, "spam")
    assert services.hide(contribution, moderator, "spam") is False
    assert stats(space).contributions_count == 0
    assert ModelLogEntry.objects.filter(action="moderation.hide").count() == 1


def test_restore_puts_it_back(contribution, space, moderator):
    services.hide(contribution, moderator, "off_topic")
    assert services.restore(contribution, moderator, "Erreur de ma part.")
    contribution.refresh_from_db()
    assert (contribution.status, contribution.hidden_reason) == ("published", "")
    assert stats(space).contributions_count == 1
    entry = ModelLogEntry.objects.get(action="moderation.restore")
    assert entry.data["reason"] == "Erreur de ma part."


def test_hiding_a_comment_moves_the_contribution_s_count(contribution, residents, moderator):
    comment, _ = contributions.add_comment(contribution, residents[1], "Hors sujet total.")
    contribution.refresh_from_db()
    assert contribution.comments_count == 1
    services.hide(comment, moderator, "off_topic")
    contribution.refresh_from_db()
    assert contribution.comments_count == 0


def test_hiding_an_argument_moves_the_debate_s_counters(debate, residents, moderator):
    argument, _ = debates.create_argument(debate, residents[0], "against", "Non", "Trop cher.")
    services.hide(argument, moderator, "spam")
    assert debates.counters(debate).arguments_against == 0
    assert stats(debate).contributions_count == 0
    services.restore(argument, moderator)
    assert debates.counters(debate).arguments_against == 1


def test_one_open_report_per_person_and_item(contribution, residents, moderator):
    first, created = services.report(residents[1], contribution, "spam", "Publicité.")
    again, created_again = services.report(residents[1], contribution, "abuse")
    assert created and not created_again and first == again
    services.report(residents[2], contribution, "abuse")
    row = QueueItem.objects.get(object_id=contribution.pk, content_type__model="contribution")
    assert (row.open_reports, row.reports_total) == (2, 2)

    services.mark_reviewed(contribution, moderator)
    row.refresh_from_db()
    assert row.open_reports == 0 and row.reviewed_by == moderator
    assert not Report.objects.filter(status="open").exists()
    # Once dealt with, the same person may report it again.
    _report, created = services.report(residents[1], contribution, "spam")
    assert created


def test_reported_items_come_first_in_the_queue(space, residents, contribution):
    newer, _ = contributions.create_contribution(space, residents[1], title="Récente", body="…")
    services.report(residents[2], contribution, "spam")
    order = list(QueueItem.objects.to_review().in_queue_order().values_list("title", flat=True))
    assert order == ["Des bancs à l'ombre", "Récente"]


def test_an_edited_text_goes_back_to_the_queue(contribution, moderator):
    services.mark_reviewed(contribution, moderator)
    assert not QueueItem.objects.to_review().exists()
    contributions.edit_contribution(contribution, body="Des bancs et des fontaines.")
    assert QueueItem.objects.to_review().count() == 1


def test_pre_moderation_waits_then_counts_once_approved(space, residents, moderator):
    space.moderated_before_publication = True
    space.save()
    contribution, _ = contributions.create_contribution(
        space, residents[0], title="En attente", body="…"
    )
    assert contribution.status == ModerationStatus.PENDING
    assert stats(space).contributions_count == 0
    assert QueueItem.objects.get(title="En attente").is_pending
    assert services.approve(contribution, moderator)
    contribution.refresh_from_db()
    assert contribution.is_published
    assert stats(space).contributions_count == 1
    assert ModelLogEntry.objects.filter(action="moderation.approve").count() == 1


def test_suspension_is_active_until_its_end_or_lifted(residents, moderator):
    import datetime

    from django.utils import timezone

    until = timezone.now() + datetime.timedelta(days=7)
    suspension = services.suspend(residents[0], moderator, until, "Insultes répétées.")
    assert services.active_suspension(residents[0]) == suspension
    assert services.active_suspension(residents[1]) is None
    assert services.active_suspension(residents[0], until + datetime.timedelta(minutes=1)) is None
    assert "Insultes répétées." in services.suspension_message(suspension)
    services.lift_suspension(suspension, moderator)
    assert services.active_suspension(residents[0]) is None
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"moderation.suspend", "moderation.lift_suspension"} <= actions


def test_a_resident_s_reports_are_in_their_data_export(client, contribution, residents):
    services.report(residents[1], contribution, "personal_data", "Mon adresse y figure.")
    client.force_login(residents[1])
    response = client.get("/compte/mes-donnees/")
    data = response.json()
    assert data["moderation"]["reports"][0]["text"] == "Mon adresse y figure."


def test_moderation_shows_in_the_argument_s_history_in_the_admin(client, argument, moderator):
    services.hide(argument, moderator, "off_topic", "Rien à voir avec le parc.")
    client.force_login(moderator)
    response = client.get(f"/admin/arguments/history/{argument.pk}/")
    assert response.status_code == 200
    assert "Masqué par la modération" in response.content.decode()
