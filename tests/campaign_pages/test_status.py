"""A campaign's status follows its dates: upcoming, open, closed, then results published."""

import datetime

import pytest
from freezegun import freeze_time

from campaign_pages.models import CampaignPage, CampaignStatus

from ..factories import CampaignPageFactory

START = datetime.date(2025, 3, 1)
END = datetime.date(2025, 6, 30)
RESULTS = datetime.date(2025, 10, 15)

# (day the visitor comes, expected status); noon in Paris, so no time zone edge.
CALENDAR = [
    ("2025-02-28", CampaignStatus.UPCOMING),
    ("2025-03-01", CampaignStatus.OPEN),
    ("2025-04-15", CampaignStatus.OPEN),
    ("2025-06-30", CampaignStatus.OPEN),
    ("2025-07-01", CampaignStatus.CLOSED),
    ("2025-10-14", CampaignStatus.CLOSED),
    ("2025-10-15", CampaignStatus.RESULTS),
    ("2027-01-01", CampaignStatus.RESULTS),
]


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(
        parent=campaign_index, start_date=START, end_date=END, results_date=RESULTS
    )


def fresh(campaign):
    """The same campaign read again, without the status cached on the instance."""
    return CampaignPage.objects.get(pk=campaign.pk)


@pytest.mark.django_db
@pytest.mark.parametrize(("day", "expected"), CALENDAR)
def test_status_follows_the_dates(campaign, day, expected):
    with freeze_time(f"{day} 12:00:00+01:00"):
        assert fresh(campaign).status == expected


@pytest.mark.django_db
@pytest.mark.parametrize(("day", "expected"), CALENDAR)
def test_queryset_finds_the_campaign_only_under_its_status(campaign, day, expected):
    with freeze_time(f"{day} 12:00:00+01:00"):
        for status in CampaignStatus:
            found = CampaignPage.objects.with_status(status).filter(pk=campaign.pk).exists()
            assert found == (status == expected), f"{day}: {status} -> {found}"


@pytest.mark.django_db
def test_status_is_upcoming_before_the_start_date(campaign):
    with freeze_time("2025-02-28 12:00:00+01:00"):
        assert fresh(campaign).status == CampaignStatus.UPCOMING


@pytest.mark.django_db
def test_start_day_and_end_day_are_both_open(campaign):
    for day in ("2025-03-01", "2025-06-30"):
        with freeze_time(f"{day} 12:00:00+01:00"):
            assert fresh(campaign).status == CampaignStatus.OPEN


@pytest.mark.django_db
def test_status_is_closed_the_day_after_the_end(campaign):
    with freeze_time("2025-07-01 12:00:00+02:00"):
        assert fresh(campaign).status == CampaignStatus.CLOSED


@pytest.mark.django_db
def test_results_are_published_from_the_results_day(campaign):
    with freeze_time("2025-10-15 12:00:00+02:00"):
        assert fresh(campaign).status == CampaignStatus.RESULTS


@pytest.mark.django_db
def test_status_uses_the_paris_calendar_day_not_utc(campaign):
    # 23:30 UTC on 30 June is already 1 July in Paris: the campaign has closed.
    with freeze_time("2025-06-30 23:30:00+00:00"):
        assert fresh(campaign).status == CampaignStatus.CLOSED
        assert CampaignPage.objects.with_status(CampaignStatus.CLOSED).filter(pk=campaign.pk)


@pytest.mark.django_db
def test_campaign_without_end_date_stays_open(campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, start_date=START, end_date=None)
    with freeze_time("2030-01-01 12:00:00+01:00"):
        assert fresh(campaign).status == CampaignStatus.OPEN
        assert CampaignPage.objects.with_status(CampaignStatus.OPEN).filter(pk=campaign.pk)
        assert not CampaignPage.objects.with_status(CampaignStatus.CLOSED).filter(pk=campaign.pk)


@pytest.mark.django_db
def test_queryset_and_property_agree_on_a_mix_of_campaigns(campaign_index):
    dates = [
        (datetime.date(2025, 5, 1), None, None),
        (datetime.date(2025, 1, 1), datetime.date(2025, 2, 1), None),
        (datetime.date(2025, 1, 1), datetime.date(2025, 2, 1), datetime.date(2025, 3, 1)),
        (datetime.date(2025, 3, 1), datetime.date(2025, 4, 30), datetime.date(2025, 12, 1)),
    ]
    for start, end, results in dates:
        CampaignPageFactory(
            parent=campaign_index, start_date=start, end_date=end, results_date=results
        )
    with freeze_time("2025-04-01 12:00:00+02:00"):
        for campaign in CampaignPage.objects.all():
            listed = CampaignPage.objects.with_status(campaign.status)
            assert listed.filter(pk=campaign.pk).exists()
        statuses = sorted(c.status for c in CampaignPage.objects.all())
        assert statuses == sorted(
            [
                CampaignStatus.UPCOMING,
                CampaignStatus.CLOSED,
                CampaignStatus.RESULTS,
                CampaignStatus.OPEN,
            ]
        )
