"""A space's list: sorted and filtered by its GET parameters, paginated, hidden rows left out."""

import datetime

import pytest
from django.utils import timezone

from participation.common.models import ModerationStatus
from participation.contributions.models import ConsultationCategory

from .factories import ConsultationPageFactory, ContributionFactory
from .helpers import space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]


def day(n):
    return timezone.make_aware(datetime.datetime(2025, 3, n, 12, 0))


@pytest.fixture
def contributions(space):
    """Four contributions, oldest first, each standing out by one of the list's filters."""
    nature = ConsultationCategory.objects.create(page=space, name="Nature")
    return {
        "arbres": ContributionFactory(
            space=space, title="Des arbres", created_at=day(2), category=nature, supports_count=9
        ),
        "atelier": ContributionFactory(
            space=space,
            title="Un atelier",
            created_at=day(3),
            kind="collective",
            group_name="Amicale",
            participants=12,
            comments_count=7,
            provenance="workshop",
        ),
        "bancs": ContributionFactory(
            space=space,
            title="Des bancs",
            created_at=day(4),
            answer_status="accepted",
            answer_text="Oui.",
            supports_count=3,
        ),
        "courrier": ContributionFactory(
            space=space,
            title="Un courrier",
            created_at=day(5),
            provenance="paper",
            signed_as="M. R.",
            comments_count=2,
        ),
    }


def titles(client, space, query=""):
    response = client.get(space_url(space) + query)
    assert response.status_code == 200
    return [c.title for c in response.context["contributions"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Un courrier", "Des bancs", "Un atelier", "Des arbres"]),
        ("?tri=recentes", ["Un courrier", "Des bancs", "Un atelier", "Des arbres"]),
        ("?tri=soutenues", ["Des arbres", "Des bancs", "Un courrier", "Un atelier"]),
        ("?tri=commentees", ["Un atelier", "Un courrier", "Des bancs", "Des arbres"]),
        ("?type=collective", ["Un atelier"]),
        ("?type=individuelle", ["Un courrier", "Des bancs", "Des arbres"]),
        ("?reponse=accepted", ["Des bancs"]),
        ("?reponse=sans", ["Un courrier", "Un atelier", "Des arbres"]),
        ("?provenance=paper", ["Un courrier"]),
        ("?provenance=workshop&tri=soutenues", ["Un atelier"]),
        ("?tri=n-importe&type=autre&reponse=peut-etre&provenance=pigeon&categorie=x", None),
    ],
)
def test_the_list_sorts_and_filters_by_its_parameters(
    client, space, contributions, query, expected
):
    everything = ["Un courrier", "Des bancs", "Un atelier", "Des arbres"]

    assert titles(client, space, query) == (expected or everything)


def test_the_list_filters_by_category(client, space, contributions):
    category = contributions["arbres"].category

    assert titles(client, space, f"?categorie={category.pk}") == ["Des arbres"]


def test_a_contribution_hidden_by_moderation_leaves_the_list_but_keeps_its_page(
    client, space, contributions
):
    hidden = contributions["bancs"]
    hidden.status = ModerationStatus.HIDDEN
    hidden.hidden_reason = "Propos injurieux"
    hidden.save()

    detail = client.get(space_url(space, "contribution", hidden.pk))

    assert "Des bancs" not in titles(client, space)
    assert detail.status_code == 200
    assert "Masqué par la modération : Propos injurieux" in detail.content.decode()
    assert hidden.body not in detail.content.decode()


def test_the_list_shows_twelve_contributions_a_page(client, space):
    ContributionFactory.create_batch(14, space=space)

    first = titles(client, space)
    second = titles(client, space, "?page=2&tri=recentes")

    assert (len(first), len(second)) == (12, 2)
    assert not set(first) & set(second)


def test_a_contribution_of_another_space_is_not_found_under_this_one(client, space, campaign):
    other = ConsultationPageFactory(parent=campaign, title="Autre espace", slug="autre")
    elsewhere = ContributionFactory(space=other)

    assert client.get(space_url(space, "contribution", elsewhere.pk)).status_code == 404
    assert client.get(space_url(other, "contribution", elsewhere.pk)).status_code == 200
