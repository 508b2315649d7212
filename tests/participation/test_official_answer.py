"""The city's official answer to a contribution, on behalf of someone or of the city itself."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from participation.contributions import services

from ..factories import UserFactory
from .helpers import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def contribution(space, resident):
    contribution, _ = services.create_contribution(
        space, resident, title="Des bancs à l'ombre", body="Plus de bancs sous les arbres."
    )
    return contribution


@pytest.fixture
def staff(db):
    user = UserFactory(display_name="Service participation")
    user.groups.add(Group.objects.get(name="Rédaction"))
    return user


def test_an_answer_on_behalf_of_the_mayor_is_signed_so_on_the_public_page(
    client, staff, contribution
):
    client.force_login(staff)

    client.post(
        reverse("contributions:edit", args=[contribution.pk]),
        {
            "answer_status": "accepted",
            "answer_text": "Des bancs seront posés au printemps.",
            "answered_on_behalf_of": "Monsieur le maire",
        },
    )
    client.logout()
    page = client.get(contribution.get_absolute_url())

    contribution.refresh_from_db()
    assert contribution.answered_on_behalf_of == "Monsieur le maire"
    assert contribution.answered_by == staff
    text = visible_text(page)
    assert "Réponse de la ville, au nom de Monsieur le maire" in text
    assert "Des bancs seront posés au printemps." in text
    assert staff.public_name not in text


def test_an_answer_without_anyone_named_is_the_city_s(client, staff, contribution):
    services.answer(contribution, staff, "under_study", "Nous étudions la question.")

    page = client.get(contribution.get_absolute_url())

    text = visible_text(page)
    assert "La réponse de la ville" in text
    assert "au nom de" not in text


def test_an_answer_on_behalf_of_someone_is_plain_text(client, staff, contribution):
    client.force_login(staff)

    response = client.post(
        reverse("contributions:edit", args=[contribution.pk]),
        {
            "answer_status": "accepted",
            "answer_text": "Oui.",
            "answered_on_behalf_of": "<b>le maire</b>",
        },
    )

    assert "answered_on_behalf_of" in response.context["form"].errors
    contribution.refresh_from_db()
    assert contribution.answered_at is None
