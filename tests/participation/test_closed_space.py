"""Outside its dates a space is read-only: it shows its notice, and refuses what is posted
with a French message."""

import pytest
from django.core.cache import cache
from freezegun import freeze_time

from participation.contributions import services
from participation.contributions.models import Contribution

from .helpers import contribution_form, page_text, space_url

pytestmark = pytest.mark.django_db

CLOSED_DAY = "2025-07-15 12:00:00+02:00"
BEFORE_OPENING = "2025-02-15 12:00:00+01:00"
DEFAULT_CLOSED_NOTICE = (
    "Cet espace est clos : les contributions sont consultables mais on ne peut plus y participer."
)
NOTICE_AFTER = "La concertation est close. Merci ! La synthèse sera présentée en septembre."


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


@pytest.fixture
def contribution(space, resident):
    with freeze_time("2025-04-15 12:00:00+02:00"):
        contribution, _ = services.create_contribution(
            space, resident, title="Des bancs", body="Plus de bancs à l'ombre."
        )
    return contribution


@pytest.fixture
def closed_today():
    with freeze_time(CLOSED_DAY):
        yield


def posts(space, contribution):
    """Everything a resident could send to a space, with what it would change."""
    edit = contribution_form(title="Titre corrigé")
    del edit["submission_key"]
    return {
        "contribute": (space_url(space, "contribute"), contribution_form(title="Trop tard")),
        "support": (space_url(space, "support", contribution.pk), {"action": "support"}),
        "comment": (space_url(space, "comment", contribution.pk), {"body": "Trop tard ?"}),
        "edit": (space_url(space, "edit", contribution.pk), edit),
    }


def nothing_changed(contribution):
    contribution.refresh_from_db()
    return (
        Contribution.objects.count() == 1
        and contribution.title == "Des bancs"
        and contribution.supports_count == contribution.comments_count == 0
        and not contribution.supports.exists()
        and not contribution.comments.exists()
    )


@pytest.mark.usefixtures("closed_today")
@pytest.mark.parametrize("action", ["contribute", "support", "comment", "edit"])
def test_a_closed_space_refuses_what_is_posted_with_its_notice(
    client, space, resident, contribution, action
):
    client.force_login(resident)
    url, data = posts(space, contribution)[action]

    response = client.post(url, data)

    assert response.status_code == 403
    assert DEFAULT_CLOSED_NOTICE in page_text(response)
    assert nothing_changed(contribution)


@pytest.mark.parametrize("action", ["contribute", "support", "comment"])
def test_a_space_not_yet_open_refuses_what_is_posted_in_french(
    client, space, resident, contribution, action
):
    client.force_login(resident)
    url, data = posts(space, contribution)[action]

    with freeze_time(BEFORE_OPENING):
        response = client.post(url, data)

    assert response.status_code == 403
    assert "Cet espace n'est pas encore ouvert." in page_text(response)
    assert nothing_changed(contribution)


@pytest.mark.usefixtures("closed_today")
def test_a_closed_space_shows_the_notice_its_editor_wrote(client, space, resident, contribution):
    space.notice_after = NOTICE_AFTER
    space.save()
    client.force_login(resident)

    refused = client.post(space_url(space, "contribute"), contribution_form())
    listing = client.get(space_url(space))

    assert NOTICE_AFTER in page_text(refused)
    assert NOTICE_AFTER in page_text(listing)


@pytest.mark.usefixtures("closed_today")
def test_a_closed_space_is_read_only_for_a_signed_in_resident(
    client, space, resident, residents, contribution
):
    client.force_login(residents[0])

    listing = client.get(space_url(space))
    detail = client.get(space_url(space, "contribution", contribution.pk))

    assert listing.status_code == detail.status_code == 200
    for response in (listing, detail):
        page = page_text(response)
        assert DEFAULT_CLOSED_NOTICE in page
        assert "Des bancs" in page
        assert space_url(space, "contribute") not in page
    page = page_text(detail)
    assert space_url(space, "support", contribution.pk) not in page
    assert space_url(space, "comment", contribution.pk) not in page
    assert "Ajouter un commentaire" not in page


@pytest.mark.usefixtures("closed_today")
def test_a_resident_can_still_follow_a_contribution_after_closing_to_hear_of_its_answer(
    client, space, residents, contribution
):
    client.force_login(residents[0])

    response = client.post(space_url(space, "follow", contribution.pk), {"action": "follow"})

    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.followers_count == 1
