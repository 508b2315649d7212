"""What the admin lists of a space's items share (contributions and arguments alike): the space
filter named after campaigns, the moderation status, the ODS export, and no delete."""

import datetime
import io

import pytest
import tablib
from bs4 import BeautifulSoup
from django.urls import reverse

from participation.common.models import ModerationStatus
from participation.contributions import services as contributions
from participation.contributions.models import Contribution
from participation.debates import services as debates

from ..factories import CampaignPageFactory
from .factories import ConsultationPageFactory, DebatePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"


def ods_rows(response):
    assert response["Content-Type"] == ODS_TYPE
    sheet = tablib.Dataset().load(io.BytesIO(response.content).read(), format="ods")
    return [list(sheet.headers), *[list(row) for row in sheet]]


def filter_labels(response, name):
    """The labels of the options of the list's filter `name`, as staff read them."""
    select = BeautifulSoup(response.content, "html.parser").find("select", attrs={"name": name})
    return [option.get_text(strip=True) for option in select("option") if option["value"]]


@pytest.fixture
def debate(campaign):
    return DebatePageFactory(parent=campaign, title="Le débat du parc", slug="debat")


@pytest.fixture
def options(debate):
    return {option.label: option for option in debate.options.all()}


@pytest.fixture
def two_campaigns(campaign, campaign_index):
    """Two campaigns, each with a space called "Vos propositions" and a debate called "Le débat"."""
    other = CampaignPageFactory(parent=campaign_index, title="Rénover la médiathèque")
    spaces = [
        ConsultationPageFactory(parent=c, title="Vos propositions") for c in (campaign, other)
    ]
    debates_ = [DebatePageFactory(parent=c, title="Le débat") for c in (campaign, other)]
    return spaces, debates_


def test_the_space_filters_name_each_space_after_its_campaign(client, editor, two_campaigns):
    client.force_login(editor)

    contribution_list = client.get(reverse("contributions:index"))
    argument_list = client.get(reverse("arguments:index"))

    assert filter_labels(contribution_list, "space") == [
        "Repenser le parc — Vos propositions",
        "Rénover la médiathèque — Vos propositions",
    ]
    assert filter_labels(argument_list, "debate") == [
        "Repenser le parc — Le débat",
        "Rénover la médiathèque — Le débat",
    ]


def test_the_offline_form_names_each_space_after_its_campaign(client, editor, two_campaigns):
    client.force_login(editor)

    response = client.get(reverse("contributions:add"))

    assert "Rénover la médiathèque — Vos propositions" in filter_labels(response, "space")


def test_the_contributions_list_shows_and_filters_the_moderation_status(
    client, editor, space, residents
):
    contributions.create_contribution(space, residents[0], title="Visible", body="…")
    hidden, _ = contributions.create_contribution(space, residents[1], title="Masquée", body="…")
    Contribution.objects.filter(pk=hidden.pk).update(status=ModerationStatus.HIDDEN)
    client.force_login(editor)

    everything = client.get(reverse("contributions:index"))
    only_hidden = client.get(reverse("contributions:index"), {"status": "hidden"})

    assert "Statut de modération" in everything.content.decode()
    assert [c.title for c in only_hidden.context["object_list"]] == ["Masquée"]


def test_the_contributions_list_exports_to_ods_with_the_city_s_time(
    client, editor, space, resident
):
    contribution, _ = contributions.create_contribution(
        space, resident, title="Des bancs à l'ombre", body="Sous les arbres."
    )
    moment = datetime.datetime(2025, 4, 15, 10, 30, tzinfo=datetime.UTC)
    Contribution.objects.filter(pk=contribution.pk).update(created_at=moment)
    client.force_login(editor)

    response = client.get(reverse("contributions:index"), {"export": "ods"})

    assert response["Content-Disposition"] == 'attachment; filename="contributions.ods"'
    header, row = ods_rows(response)
    assert header[:3] == ["Numéro", "Espace", "Titre"]
    assert row[2] == "Des bancs à l'ombre"
    assert row[header.index("Date")] == datetime.datetime(2025, 4, 15, 12, 30)
    assert resident.email not in str(row)


def test_the_arguments_and_votes_export_to_ods(client, editor, debate, options, residents):
    debates.create_argument(debate, residents[0], "for", "De l'ombre", "Des arbres.")
    debates.cast_vote(debate, residents[1], options["Contre"])
    client.force_login(editor)

    arguments = ods_rows(client.get(reverse("arguments:index"), {"export": "ods"}))
    votes = ods_rows(
        client.get(reverse("debates_votes_export", args=[debate.pk]), {"export": "ods"})
    )

    assert [row[3] for row in arguments[1:]] == ["De l'ombre"]
    assert [row[:2] for row in votes[1:4]] == [["Pour", 0], ["Contre", 1], ["Abstention", 0]]


def test_the_lists_offer_the_three_spreadsheet_formats(client, editor, space):
    client.force_login(editor)

    html = client.get(reverse("contributions:index")).content.decode()

    for spreadsheet_format in ("csv", "xlsx", "ods"):
        assert f"export={spreadsheet_format}" in html


@pytest.mark.parametrize("name", ["contributions", "arguments"])
def test_no_list_offers_to_delete(client, superuser, space, debate, residents, name):
    contributions.create_contribution(space, residents[0], title="Visible", body="…")
    debates.create_argument(debate, residents[0], "for", "De l'ombre", "Des arbres.")
    client.force_login(superuser)

    response = client.get(reverse(f"{name}:index"))

    assert response.status_code == 200
    assert "/delete/" not in response.content.decode()
