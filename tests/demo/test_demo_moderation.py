"""The demo's moderation queue: every text has its row, older ones were reviewed, the advert
left in the park's space is reported, and counters leave hidden comments out."""

import pytest
from django.db.models import Count, Q

from demo.loader import load
from participation.contributions.models import Comment, Contribution
from participation.debates.models import Argument, Reply
from participation.moderation.models import QueueItem, Report

pytestmark = pytest.mark.django_db


def test_every_text_is_in_the_queue_and_the_advert_is_reported_first():
    load()
    items = sum(m.objects.count() for m in (Contribution, Comment, Argument, Reply))
    assert QueueItem.objects.count() == items
    first = QueueItem.objects.to_review().in_queue_order().first()
    assert first.excerpt.startswith("Vends trottinette électrique")
    assert first.open_reports == 1
    report = Report.objects.get()
    assert (report.reason, report.reporter.email) == ("spam", "mireille@agora.test")
    assert QueueItem.objects.to_review().count() < items

    # Counters leave hidden comments out.
    assert Comment.objects.filter(status="hidden").exists()
    published = Count("comments", filter=Q(comments__status="published"))
    for contribution in Contribution.objects.annotate(published=published):
        assert contribution.comments_count == contribution.published, contribution.title


def test_loading_twice_adds_no_report_and_no_queue_row():
    load()
    before = (QueueItem.objects.count(), Report.objects.count())
    load()
    assert (QueueItem.objects.count(), Report.objects.count()) == before
