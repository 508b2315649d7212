"""Lists cost a fixed number of SQL queries, however many campaigns the city runs."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from campaign_pages.models import CampaignPage

from ..factories import CampaignPageFactory, ImageFactory, OrganizerFactory, SectorFactory

pytestmark = pytest.mark.django_db

# Open, upcoming and decided in turn, so that every section of the home page fills up.
DATES = itertools.cycle(
    [
        (datetime.date(2025, 3, 1), datetime.date(2025, 6, 30), None),
        (datetime.date(2025, 9, 1), datetime.date(2025, 12, 1), None),
        (datetime.date(2024, 1, 1), datetime.date(2024, 3, 1), datetime.date(2024, 6, 1)),
    ]
)


@pytest.fixture
def frozen_today():
    with freeze_time("2025-04-15 12:00:00+02:00"):
        yield


@pytest.fixture
def add_campaigns(campaign_index):
    sectors = SectorFactory.create_batch(3)
    organizers = OrganizerFactory.create_batch(2)
    counter = itertools.count()

    def add(count):
        for _ in range(count):
            n = next(counter)
            start, end, results = next(DATES)
            CampaignPageFactory(
                parent=campaign_index,
                start_date=start,
                end_date=end,
                results_date=results,
                organizer=organizers[n % 2],
                sectors=[sectors[n % 3], sectors[(n + 1) % 3]],
                tags=[f"thème {n % 4}", f"thème {n % 5 + 4}"],
                hero_image=ImageFactory(),
            )

    return add


def count_queries(client, url):
    client.get(url)  # warms the caches (site root paths, renditions) like any visit before
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("frozen_today")
@pytest.mark.parametrize("url", ["/", "/campagnes/", "/campagnes/?statut=open", "campaign"])
def test_page_costs_the_same_queries_with_3_or_30_campaigns(client, add_campaigns, url):
    add_campaigns(3)
    if url == "campaign":
        url = CampaignPage.objects.first().url
    with_three = count_queries(client, url)

    add_campaigns(27)
    with_thirty = count_queries(client, url)

    assert with_thirty == with_three
