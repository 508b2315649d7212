"""A debate as residents use it: voting and arguing, and what a debate that is not open refuses.

Finding an argument useful and replying to it: test_debate_reactions.py."""

import uuid

import pytest
from freezegun import freeze_time

from participation.common.models import ModerationStatus
from participation.debates import services
from participation.debates.models import Argument, Reply, UsefulMark, Vote

from ...factories import UserFactory
from ..factories import DebatePageFactory
from ..helpers import LOGIN_URL, page_text, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

CLOSED_DAY = "2025-07-15 12:00:00+02:00"
BEFORE_OPENING = "2025-02-15 12:00:00+01:00"


def argument_form(**overrides):
    data = {
        "stance": "for",
        "title": "Moins de bruit",
        "body": "Le parc serait enfin calme le dimanche.",
        "submission_key": str(uuid.uuid4()),
    }
    return data | overrides


def tallies(debate):
    return {r.label: r.votes for r in services.results(debate).options}


@pytest.fixture
def argument(debate, residents):
    argument, _ = services.create_argument(
        debate, residents[1], "for", "Moins de bruit", "Le parc serait plus calme."
    )
    return argument


# Voting


def test_a_resident_votes_and_sees_their_choice(client, debate, options, resident):
    client.force_login(resident)

    response = client.post(space_url(debate, "vote"), {"option": options["Contre"].pk})

    assert response.status_code == 302
    assert response.url == f"{debate.url}#vote"
    page = visible_text(client.get(debate.url))
    assert "Votre vote est enregistré." in page
    assert "Vous avez voté : Contre" in page
    assert "Changer mon vote" in page
    assert f'value="{options["Contre"].pk}" id="id_option_1" required checked' in page_text(
        client.get(debate.url)
    )
    assert Vote.objects.get(user=resident).option == options["Contre"]


def test_changing_a_vote_moves_one_count_down_and_another_up(client, debate, options, resident):
    client.force_login(resident)
    client.post(space_url(debate, "vote"), {"option": options["Pour"].pk})

    client.post(space_url(debate, "vote"), {"option": options["Contre"].pk})

    assert tallies(debate) == {"Pour": 0, "Contre": 1, "Abstention": 0}
    assert Vote.objects.count() == 1
    assert "Votre vote a été modifié." in visible_text(client.get(debate.url))


def test_a_visitor_is_invited_to_sign_in_and_cannot_vote(client, debate, options):
    page = visible_text(client.get(debate.url))
    assert "Se connecter pour voter" in page
    assert 'name="option"' not in page

    response = client.post(space_url(debate, "vote"), {"option": options["Pour"].pk})

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_URL)
    assert not Vote.objects.exists()


def test_the_vote_address_only_takes_a_post(client, debate, resident):
    client.force_login(resident)
    assert client.get(space_url(debate, "vote")).status_code == 405


@pytest.mark.parametrize("choice", ["9999", "abc", "other debate"])
def test_an_option_that_is_not_one_of_the_debate_is_refused(
    client, campaign, debate, resident, choice
):
    if choice == "other debate":
        choice = DebatePageFactory(parent=campaign, title="Autre").options.first().pk
    client.force_login(resident)

    response = client.post(space_url(debate, "vote"), {"option": choice})

    assert response.status_code == 400
    assert "Ce choix n'appartient pas à ce débat." in visible_text(response)
    assert not Vote.objects.exists()


def test_voting_without_choosing_says_so_in_french(client, debate, resident):
    client.force_login(resident)
    response = client.post(space_url(debate, "vote"), {})
    assert response.status_code == 400
    assert "Choisissez l'une des options pour voter." in visible_text(response)


# A debate that is not open


@pytest.mark.parametrize("day", [BEFORE_OPENING, CLOSED_DAY], ids=["before", "after"])
def test_a_debate_that_is_not_open_refuses_everything_with_its_notice(
    client, debate, options, argument, residents, day
):
    debate.notice_before = "Le débat ouvrira le 1er mars."
    debate.notice_after = "Le débat est clos : la synthèse paraîtra en septembre."
    debate.save()
    notice = debate.notice_before if day == BEFORE_OPENING else debate.notice_after
    posts = [
        (space_url(debate, "vote"), {"option": options["Pour"].pk}),
        (space_url(debate, "argue"), argument_form()),
        (space_url(debate, "useful", argument.pk), {"action": "mark"}),
        (space_url(debate, "reply", argument.pk), {"body": "Trop tard ?"}),
    ]
    with freeze_time(day):
        client.force_login(residents[0])  # a session opened in April would have expired
        page = visible_text(client.get(debate.url))
        responses = [client.post(url, data) for url, data in posts]

    assert notice in page
    assert "Changer mon vote" not in page and "Ajouter un argument pour" not in page
    for response in responses:
        assert response.status_code == 403
        assert notice in visible_text(response)
        assert "Le débat n'est pas ouvert" in visible_text(response)
    assert not Vote.objects.exists() and Argument.objects.count() == 1
    assert not UsefulMark.objects.exists() and not Reply.objects.exists()


# Arguments


def test_the_argument_form_takes_the_side_from_the_link(client, debate, resident):
    client.force_login(resident)
    response = client.get(space_url(debate, "argue") + "?position=contre")
    assert response.status_code == 200
    assert 'value="against" id="id_stance_1" required checked' in page_text(response)


def test_a_visitor_is_sent_to_sign_in_before_arguing(client, debate):
    response = client.get(space_url(debate, "argue"))
    assert response.status_code == 302
    assert response.url.startswith(LOGIN_URL)


def test_a_published_argument_shows_in_its_column(client, debate, resident):
    client.force_login(resident)

    response = client.post(space_url(debate, "argue"), argument_form(stance="against"))

    argument = Argument.objects.get()
    assert response.url == space_url(debate, "argument", argument.pk)
    assert "Merci ! Votre argument est publié." in visible_text(client.get(response.url))
    page = visible_text(client.get(debate.url))
    against = page.split("Arguments contre", 1)[1]
    assert "Moins de bruit" in against and "Par Camille du parc" in against
    assert "Arguments pour (0)" in page and "Arguments contre (1)" in page
    assert services.counters(debate).arguments_against == 1


def test_an_argument_sent_twice_is_stored_once(client, debate, resident):
    client.force_login(resident)
    data = argument_form()

    first = client.post(space_url(debate, "argue"), data)
    second = client.post(space_url(debate, "argue"), data)

    assert first.status_code == second.status_code == 302
    assert second.url == first.url
    assert Argument.objects.count() == 1
    assert services.counters(debate).arguments_for == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("title", "", "Champ requis."),
        ("title", "x" * 151, "au plus 150 caractères"),
        ("body", "<b>Non</b>", "Le HTML n'est pas accepté"),
        ("stance", "", "Indiquez si votre argument est pour ou contre."),
    ],
)
def test_a_bad_argument_is_refused_in_french_and_not_stored(
    client, debate, resident, field, value, message
):
    client.force_login(resident)
    response = client.post(space_url(debate, "argue"), argument_form(**{field: value}))
    assert response.status_code == 400
    assert message in visible_text(response)
    assert not Argument.objects.exists()


def test_posting_too_many_arguments_is_refused_in_french(client, debate, resident):
    client.force_login(resident)
    for n in range(5):
        client.post(space_url(debate, "argue"), argument_form(title=f"Argument {n}"))

    response = client.post(space_url(debate, "argue"), argument_form(title="Un de trop"))

    assert response.status_code == 429
    assert "Vous avez publié beaucoup en peu de temps" in visible_text(response)
    assert Argument.objects.count() == 5


def test_a_hidden_argument_is_not_listed_and_shows_the_reason(client, debate, argument, resident):
    Argument.objects.filter(pk=argument.pk).update(
        status=ModerationStatus.HIDDEN, hidden_reason="propos injurieux"
    )
    client.force_login(resident)

    assert "Moins de bruit" not in visible_text(client.get(debate.url))
    page = visible_text(client.get(space_url(debate, "argument", argument.pk)))
    assert "Masqué par la modération : propos injurieux" in page
    assert "Le parc serait plus calme." not in page
    client.force_login(argument.author)
    assert "Le parc serait plus calme." in visible_text(
        client.get(space_url(debate, "argument", argument.pk))
    )


def test_an_unknown_argument_or_one_of_another_debate_is_not_found(client, campaign, debate):
    other = DebatePageFactory(parent=campaign, title="Autre débat")
    elsewhere, _ = services.create_argument(other, UserFactory(), "for", "Ailleurs", "Texte")
    for pk in (9999, elsewhere.pk):
        response = client.get(space_url(debate, "argument", pk))
        assert response.status_code == 404
        assert "Page introuvable" in visible_text(response)


def test_arguments_sort_by_usefulness_or_date_and_each_column_pages_alone(
    client, debate, residents
):
    older, _ = services.create_argument(debate, residents[0], "for", "Ancien", "Texte")
    with freeze_time("2025-04-16 12:00:00+02:00"):
        services.create_argument(debate, residents[0], "for", "Récent", "Texte")
        for n in range(11):
            services.create_argument(debate, residents[0], "against", f"Objection {n}", "Texte")
    services.mark_useful(older, residents[1])

    with freeze_time("2025-04-17 12:00:00+02:00"):
        useful_first = visible_text(client.get(debate.url))
        recent_first = visible_text(client.get(debate.url + "?tri=recents"))
        second_page = visible_text(client.get(debate.url + "?tri=recents&contre=2"))

    assert useful_first.index("Ancien") < useful_first.index("Récent")
    assert recent_first.index("Récent") < recent_first.index("Ancien")
    assert "Objection 10" in recent_first and "Objection 0" not in recent_first
    assert "Objection 0" in second_page and "Page 2 sur 2" in second_page
    assert "Ancien" in second_page, "the other column stays on its first page"


@pytest.mark.parametrize("where", ["debate", "argument"])
def test_every_form_of_the_debate_carries_its_csrf_token(client, debate, argument, resident, where):
    """The test client skips CSRF checks, a browser does not: each POST form needs its token."""
    client.force_login(resident)
    url = debate.url if where == "debate" else space_url(debate, "argument", argument.pk)

    html = page_text(client.get(url))

    forms = html.count('method="post"')
    assert forms >= 2
    assert html.count('name="csrfmiddlewaretoken"') == forms
