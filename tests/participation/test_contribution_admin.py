"""Contributions in the Wagtail admin: who gets in, the official answer, offline entry, filters."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from participation.common import figures
from participation.contributions import services
from participation.contributions.models import ConsultationCategory, Contribution

from ..factories import UserFactory
from .factories import ConsultationPageFactory
from .helpers import figure, offline_data

pytestmark = pytest.mark.django_db

GROUPS = {"editor": "Rédaction", "moderator": "Modération"}


def person(kind):
    if kind == "anonymous":
        return None
    if kind == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    user = UserFactory()
    if kind in GROUPS:
        user.groups.add(Group.objects.get(name=GROUPS[kind]))
    return user


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


@pytest.mark.parametrize(
    ("kind", "may_list", "may_enter", "may_answer"),
    [
        ("anonymous", False, False, False),
        ("resident", False, False, False),
        ("moderator", True, False, True),
        ("editor", True, True, True),
        ("superuser", True, True, True),
    ],
)
def test_only_staff_reach_contributions_and_only_editors_enter_them(
    client, contribution, kind, may_list, may_enter, may_answer
):
    if user := person(kind):
        client.force_login(user)

    responses = {
        "list": client.get(reverse("contributions:index")),
        "enter": client.get(reverse("contributions:add")),
        "answer": client.get(reverse("contributions:edit", args=[contribution.pk])),
    }

    allowed = {"list": may_list, "enter": may_enter, "answer": may_answer}
    for view, response in responses.items():
        assert (response.status_code == 200) == allowed[view], view
        if not allowed[view]:
            assert response.status_code in {302, 403}


def test_nobody_deletes_a_contribution_not_even_a_superuser(client, contribution):
    client.force_login(person("superuser"))

    response = client.post(reverse("contributions:delete", args=[contribution.pk]))

    assert response.status_code in {302, 403}
    assert Contribution.objects.filter(pk=contribution.pk).exists()


def test_the_answer_form_shows_the_contribution_but_edits_only_the_answer(
    client, staff, contribution
):
    client.force_login(staff)
    url = reverse("contributions:edit", args=[contribution.pk])

    page = client.get(url)
    response = client.post(
        url,
        {
            "answer_status": "accepted",
            "answer_text": "Des bancs seront posés au printemps.",
            "title": "Réécrit par le service",
            "body": "Réécrit",
        },
    )

    assert "Plus de bancs sous les arbres." in page.content.decode()
    assert set(page.context["form"].fields) == {
        "answer_status",
        "answer_text",
        "answered_on_behalf_of",
    }
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.title == "Des bancs à l'ombre"
    assert contribution.body == "Plus de bancs sous les arbres."
    assert contribution.answer_status == "accepted"
    assert contribution.answered_by == staff
    assert contribution.answered_at is not None


def test_an_answer_is_written_in_the_audit_log(client, staff, contribution):
    client.force_login(staff)

    client.post(
        reverse("contributions:edit", args=[contribution.pk]),
        {"answer_status": "under_study", "answer_text": "Nous étudions la question."},
    )

    entry = ModelLogEntry.objects.get(action="contributions.answer")
    assert entry.user == staff
    assert entry.object_id == str(contribution.pk)
    assert entry.data == {"status": "under_study"}


def test_an_answer_needs_a_status_and_a_text(client, staff, contribution):
    client.force_login(staff)

    response = client.post(
        reverse("contributions:edit", args=[contribution.pk]),
        {"answer_status": "", "answer_text": ""},
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"answer_status", "answer_text"}
    contribution.refresh_from_db()
    assert contribution.answered_at is None


def test_a_paper_contribution_is_stored_once_and_moves_the_counters(client, staff, space, campaign):
    client.force_login(staff)
    data = offline_data(space)

    first = client.post(reverse("contributions:add"), data)
    second = client.post(reverse("contributions:add"), data)

    assert first.status_code == second.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.author == staff
    assert contribution.provenance == "paper"
    assert contribution.signature == "Mme D., par courrier"
    assert figure(space, "contributions") == 1
    assert figure(campaign, "contributions") == 1
    assert ModelLogEntry.objects.filter(action="contributions.enter_offline").count() == 1


def test_a_workshop_contribution_counts_its_participants(client, staff, space, campaign):
    client.force_login(staff)
    data = offline_data(
        space,
        provenance="workshop",
        kind="collective",
        signed_as="",
        group_name="Atelier du 9 janvier 2019",
        meeting_date="2019-01-09",
        meeting_place="Centre social Valmy",
        participants="12",
    )

    response = client.post(reverse("contributions:add"), data)

    assert response.status_code == 302
    assert Contribution.objects.get().signature == "Atelier du 9 janvier 2019"
    # Entered by staff from paper: twelve people met offline, no account took part online.
    assert figure(campaign, figures.DECLARED) == 12
    assert figure(campaign, "participants") == 12


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"provenance": "online"}, "provenance"),
        ({"signed_as": ""}, "signed_as"),
        ({"kind": "collective", "group_name": ""}, "group_name"),
        (
            {"kind": "collective", "group_name": "Amicale", "meeting_date": "2999-01-01"},
            "meeting_date",
        ),
        ({"title": ""}, "title"),
        ({"body": "x" * 5001}, "body"),
        ({"title": "<b>Des bancs</b>"}, "title"),
        ({"body": "Lire <script>alert(1)</script>"}, "body"),
        ({"signed_as": "<i>Conseil</i>"}, "signed_as"),
    ],
)
def test_a_bad_offline_contribution_is_refused_with_a_message(
    client, staff, space, overrides, field
):
    client.force_login(staff)

    response = client.post(reverse("contributions:add"), offline_data(space, **overrides))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Contribution.objects.exists()


def test_the_category_must_belong_to_the_chosen_space(client, staff, space, campaign):
    other = ConsultationPageFactory(parent=campaign, title="Autre espace")
    foreign = ConsultationCategory.objects.create(page=other, name="Voirie")
    client.force_login(staff)

    response = client.post(
        reverse("contributions:add"), offline_data(space, category=str(foreign.pk))
    )

    assert "category" in response.context["form"].errors
    assert not Contribution.objects.exists()


def test_a_space_refusing_collective_contributions_refuses_them_offline_too(client, staff, space):
    space.allow_collective = False
    space.save()
    client.force_login(staff)

    response = client.post(
        reverse("contributions:add"),
        offline_data(space, kind="collective", group_name="Amicale"),
    )

    assert "kind" in response.context["form"].errors


def test_the_list_filters_on_answer_status_and_provenance(client, staff, space, resident):
    services.create_contribution(space, resident, title="En ligne", body="…")
    paper, _ = services.create_contribution(
        space, staff, title="Sur papier", body="…", provenance="paper", signed_as="M. R."
    )
    services.answer(paper, staff, "done", "C'est fait.")
    client.force_login(staff)
    url = reverse("contributions:index")

    unanswered = client.get(url, {"answer_status": "none"})
    on_paper = client.get(url, {"provenance": "paper", "space": space.pk})
    found = client.get(url, {"q": "papier"})

    assert [c.title for c in unanswered.context["object_list"]] == ["En ligne"]
    assert [c.title for c in on_paper.context["object_list"]] == ["Sur papier"]
    assert [c.title for c in found.context["object_list"]] == ["Sur papier"]


def test_the_list_exports_to_csv(client, staff, contribution):
    client.force_login(staff)

    response = client.get(reverse("contributions:index"), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert "Des bancs à l'ombre" in content


def test_the_csv_opens_with_its_accents_and_the_city_s_time(client, staff, contribution):
    """A byte order mark tells spreadsheets the file is UTF-8; times are Paris's, not UTC."""
    moment = datetime.datetime(2025, 4, 15, 10, 30, tzinfo=datetime.UTC)
    Contribution.objects.filter(pk=contribution.pk).update(created_at=moment)
    client.force_login(staff)

    response = client.get(reverse("contributions:index"), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert content.startswith("\ufeff")
    assert "2025-04-15 12:30" in content


def test_the_space_editor_shows_how_many_contributions_it_holds(client, staff, contribution):
    client.force_login(staff)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[contribution.space_id]))

    assert response.status_code == 200
    assert f"{reverse('contributions:index')}?space={contribution.space_id}" in (
        response.content.decode()
    )
