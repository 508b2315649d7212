"""A campaign page brings its debate in two ways: the debate block (question, results when they
may be shown, arguments per side, a way in) and the timeline, which shows the debate's dates
as a "Débat" step without the editor entering it."""

import datetime

import pytest
from freezegun import freeze_time

from participation.debates import services

from ..conftest import OPEN_DAY
from ..helpers import visible_text

pytestmark = pytest.mark.django_db

CLOSED_DAY = "2025-07-15 12:00:00+02:00"


def with_body(campaign, *blocks):
    campaign.body = list(blocks)
    campaign.save_revision().publish()
    return campaign


def debate_block(debate):
    return ("space", {"heading": "Donnez votre avis", "space": debate})


def timeline(*steps):
    return ("timeline", {"heading": "Les étapes du projet", "steps": list(steps)})


def step(kind, start, title):
    return {"kind": kind, "start_date": start, "title": title}


@pytest.fixture
def debated(debate, options, residents):
    """A debate with one vote for, one against, and two arguments for and one against."""
    with freeze_time(OPEN_DAY):
        services.cast_vote(debate, residents[0], options["Pour"])
        services.cast_vote(debate, residents[1], options["Contre"])
        for title, stance in [("Calme", "for"), ("Air pur", "for"), ("Livraisons", "against")]:
            services.create_argument(debate, residents[2], stance, title, "Parce que.")
    return debate


@freeze_time(OPEN_DAY)
def test_the_block_shows_the_question_results_arguments_and_the_button(client, campaign, debated):
    with_body(campaign, debate_block(debated))

    page = visible_text(client.get(campaign.url))

    assert "Donnez votre avis" in page
    assert "La question : Faut-il fermer l'allée centrale aux voitures ?" in page
    assert "Pour 1 vote · 50 %" in page and "2 votes au total" in page
    assert "2 arguments pour · 1 argument contre" in page
    assert "Prendre part au débat : Le débat du parc" in page


@pytest.mark.parametrize(
    "setting, signed_in, day, shown",
    [
        ("after_vote", None, OPEN_DAY, False),
        ("after_vote", "voter", OPEN_DAY, True),
        ("after_vote", "non-voter", OPEN_DAY, False),
        ("after_close", "voter", OPEN_DAY, False),
        ("after_close", None, CLOSED_DAY, True),
        ("after_vote", None, CLOSED_DAY, True),
    ],
)
def test_the_block_shows_results_per_the_visibility_setting(
    client, campaign, debated, residents, setting, signed_in, day, shown
):
    debated.results_visibility = setting
    debated.save()
    with_body(campaign, debate_block(debated))

    with freeze_time(day):
        if signed_in:
            client.force_login(residents[0] if signed_in == "voter" else residents[2])
        page = visible_text(client.get(campaign.url))

    assert ("2 votes au total" in page) is shown
    assert "2 arguments pour · 1 argument contre" in page
    if not shown:
        assert "50 %" not in page
        assert "Les résultats" in page


@freeze_time(CLOSED_DAY)
def test_a_closed_debate_s_block_shows_its_notice_and_a_link_instead_of_the_button(
    client, campaign, debated
):
    debated.notice_after = "Merci ! La synthèse paraîtra en septembre."
    debated.save()
    with_body(campaign, debate_block(debated))

    page = visible_text(client.get(campaign.url))

    assert "Merci ! La synthèse paraîtra en septembre." in page
    assert "Voir le débat « Le débat du parc »" in page
    assert "Prendre part au débat" not in page


@freeze_time(OPEN_DAY)
def test_the_timeline_shows_the_debate_without_the_editor_entering_it(client, campaign, debate):
    with_body(
        campaign,
        timeline(
            step("meeting", datetime.date(2025, 1, 9), "Ateliers"),
            step("decision", datetime.date(2025, 9, 1), "Choix du projet"),
        ),
    )

    page = visible_text(client.get(campaign.url))

    steps = page.split("Les étapes du projet", 1)[1]
    assert "Débat : Le débat du parc" in steps
    assert steps.index("Ateliers") < steps.index("Le débat du parc") < steps.index("Choix")
    debate_step = steps.split("Le débat du parc", 1)[0].rsplit("Ateliers", 1)[1]
    assert "Nous en sommes là" in debate_step
    assert "2025-03-01" in client.get(campaign.url).content.decode()


@freeze_time(OPEN_DAY)
def test_a_debate_step_the_editor_entered_on_the_same_day_is_not_doubled(client, campaign, debate):
    with_body(
        campaign,
        debate_block(debate),
        timeline(step("debate", datetime.date(2025, 3, 1), "Débat en ligne sur l'allée")),
    )

    page = visible_text(client.get(campaign.url))

    assert page.count("Débat : ") == 1
    assert "Débat en ligne sur l'allée" in page
    assert "Débat : Le débat du parc" not in page
