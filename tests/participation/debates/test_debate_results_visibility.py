"""The debate page shows the results as the editor chose: at any time, once one has voted (to
everyone once closed), or only once closed; otherwise it says when they will show."""

import pytest
from freezegun import freeze_time

from participation.debates import services

from ..conftest import OPEN_DAY
from ..helpers import visible_text

pytestmark = pytest.mark.django_db

CLOSED_DAY = "2025-07-15 12:00:00+02:00"
AFTER_VOTE_SENTENCE = "Les résultats s'affichent une fois que vous avez voté."
AFTER_CLOSE_SENTENCE = "Les résultats seront affichés à la clôture du débat."

# (setting, phase) -> the viewers who see the results
VISIBLE_TO = {
    ("always", "open"): {"visitor", "voter", "non-voter"},
    ("always", "closed"): {"visitor", "voter", "non-voter"},
    ("after_vote", "open"): {"voter"},
    ("after_vote", "closed"): {"visitor", "voter", "non-voter"},
    ("after_close", "open"): set(),
    ("after_close", "closed"): {"visitor", "voter", "non-voter"},
}


@pytest.fixture
def voted(debate, options, residents):
    """Two residents voted while the debate was open: Pour and Contre."""
    with freeze_time(OPEN_DAY):
        services.cast_vote(debate, residents[0], options["Pour"])
        services.cast_vote(debate, residents[1], options["Contre"])
    return residents[0]


def seen_by(client, debate, viewer, residents):
    if viewer == "voter":
        client.force_login(residents[0])
    elif viewer == "non-voter":
        client.force_login(residents[2])
    return visible_text(client.get(debate.url))


@pytest.mark.parametrize("viewer", ["visitor", "voter", "non-voter"])
@pytest.mark.parametrize("setting, phase", list(VISIBLE_TO))
def test_results_show_as_the_editor_chose(client, debate, voted, residents, setting, phase, viewer):
    debate.results_visibility = setting
    debate.save()

    with freeze_time(OPEN_DAY if phase == "open" else CLOSED_DAY):
        page = seen_by(client, debate, viewer, residents)

    if viewer in VISIBLE_TO[setting, phase]:
        assert "2 votes au total" in page
        assert "Pour 1 vote · 50 %" in page or "Pour (votre vote) 1 vote · 50 %" in page
        assert AFTER_VOTE_SENTENCE not in page and AFTER_CLOSE_SENTENCE not in page
    else:
        assert "votes au total" not in page and "50 %" not in page
        expected = AFTER_VOTE_SENTENCE if setting == "after_vote" else AFTER_CLOSE_SENTENCE
        assert expected in page


def test_the_voter_reads_which_option_is_theirs_in_words(client, debate, voted, residents):
    with freeze_time(OPEN_DAY):
        page = seen_by(client, debate, "voter", residents)
    assert "Pour (votre vote) 1 vote · 50 %" in page
    assert "Contre 1 vote · 50 %" in page
    assert "Vous avez voté : Pour" in page


def test_a_non_voter_is_told_nothing_about_a_vote_of_theirs(client, debate, voted, residents):
    with freeze_time(OPEN_DAY):
        page = seen_by(client, debate, "non-voter", residents)
    assert "(votre vote)" not in page and "Vous avez voté" not in page
    assert "Voter" in page
