"""Who may do what in a contribution space, before it opens, while it is open, once closed.

Each cell of the matrix is what the person gets:
- "shown": the page is served (200);
- "done": the action is stored and the person is sent on (302);
- "sign in": sent to the sign-in page and nothing stored. Wagtail answers a signed-in
  resident who opens the admin the same way, so that they can sign in with a staff account;
- "refused": a page saying why (403) and nothing stored.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse
from freezegun import freeze_time

from participation.contributions import services
from participation.contributions.models import Contribution

from ..factories import UserFactory
from .conftest import OPEN_DAY
from .helpers import LOGIN_URL, contribution_form, space_url

pytestmark = pytest.mark.django_db

# The default space opens on 1 March 2025 and closes on 30 June 2025.
PHASES = {
    "before opening": "2025-02-15 12:00:00+01:00",
    "open": OPEN_DAY,
    "closed": "2025-07-15 12:00:00+02:00",
}

# fmt: off
MATRIX = [
    # action                   person        before opening  open       closed
    ("view the list",          "visitor",    "shown",        "shown",   "shown"),
    ("view the list",          "resident",   "shown",        "shown",   "shown"),
    ("view the list",          "author",     "shown",        "shown",   "shown"),
    ("view the list",          "editor",     "shown",        "shown",   "shown"),
    ("view the list",          "moderator",  "shown",        "shown",   "shown"),
    ("view the contribution",  "visitor",    "shown",        "shown",   "shown"),
    ("view the contribution",  "resident",   "shown",        "shown",   "shown"),
    ("view the contribution",  "author",     "shown",        "shown",   "shown"),
    ("view the contribution",  "editor",     "shown",        "shown",   "shown"),
    ("view the contribution",  "moderator",  "shown",        "shown",   "shown"),
    ("open the form",          "visitor",    "sign in",      "sign in", "sign in"),
    ("open the form",          "resident",   "refused",      "shown",   "refused"),
    ("open the form",          "author",     "refused",      "shown",   "refused"),
    ("open the form",          "editor",     "refused",      "shown",   "refused"),
    ("open the form",          "moderator",  "refused",      "shown",   "refused"),
    ("post a contribution",    "visitor",    "sign in",      "sign in", "sign in"),
    ("post a contribution",    "resident",   "refused",      "done",    "refused"),
    ("post a contribution",    "author",     "refused",      "done",    "refused"),
    ("post a contribution",    "editor",     "refused",      "done",    "refused"),
    ("post a contribution",    "moderator",  "refused",      "done",    "refused"),
    ("support it",             "visitor",    "sign in",      "sign in", "sign in"),
    ("support it",             "resident",   "refused",      "done",    "refused"),
    ("support it",             "author",     "refused",      "done",    "refused"),
    ("support it",             "editor",     "refused",      "done",    "refused"),
    ("support it",             "moderator",  "refused",      "done",    "refused"),
    ("comment it",             "visitor",    "sign in",      "sign in", "sign in"),
    ("comment it",             "resident",   "refused",      "done",    "refused"),
    ("comment it",             "author",     "refused",      "done",    "refused"),
    ("comment it",             "editor",     "refused",      "done",    "refused"),
    ("comment it",             "moderator",  "refused",      "done",    "refused"),
    ("edit it",                "visitor",    "sign in",      "sign in", "sign in"),
    ("edit it",                "resident",   "refused",      "refused", "refused"),
    ("edit it",                "author",     "refused",      "done",    "refused"),
    ("edit it",                "editor",     "refused",      "refused", "refused"),
    ("edit it",                "moderator",  "refused",      "refused", "refused"),
    ("open the admin list",    "visitor",    "sign in",      "sign in", "sign in"),
    ("open the admin list",    "resident",   "sign in",      "sign in", "sign in"),
    ("open the admin list",    "author",     "sign in",      "sign in", "sign in"),
    ("open the admin list",    "editor",     "shown",        "shown",   "shown"),
    ("open the admin list",    "moderator",  "shown",        "shown",   "shown"),
    ("answer officially",      "visitor",    "sign in",      "sign in", "sign in"),
    ("answer officially",      "resident",   "sign in",      "sign in", "sign in"),
    ("answer officially",      "author",     "sign in",      "sign in", "sign in"),
    ("answer officially",      "editor",     "done",         "done",    "done"),
    ("answer officially",      "moderator",  "done",         "done",    "done"),
]
# fmt: on

CELLS = [
    pytest.param(action, person, phase, expected, id=f"{action}-{person}-{phase}")
    for action, person, *outcomes in MATRIX
    for phase, expected in zip(PHASES, outcomes, strict=True)
]

STAFF_GROUPS = {"editor": "Rédaction", "moderator": "Modération"}


def outcome(response, stored=False):
    """Names what the person got, from the response and from what the database holds."""
    status = response.status_code
    if status == 302 and response.url.startswith(LOGIN_URL):
        got = "sign in"
    elif status == 403:
        got = "refused"
    elif status == 302 and stored:
        return "done"
    elif status == 200 and not stored:
        return "shown"
    else:
        return f"HTTP {status}, stored: {stored}"
    return f"{got}, yet stored" if stored else got


def view_the_list(client, space, contribution):
    return outcome(client.get(space_url(space)))


def view_the_contribution(client, space, contribution):
    return outcome(client.get(space_url(space, "contribution", contribution.pk)))


def open_the_form(client, space, contribution):
    return outcome(client.get(space_url(space, "contribute")))


def post_a_contribution(client, space, contribution):
    data = contribution_form(title="Une nouvelle idée")
    response = client.post(space_url(space, "contribute"), data)
    return outcome(response, Contribution.objects.filter(title="Une nouvelle idée").exists())


def support_it(client, space, contribution):
    url = space_url(space, "support", contribution.pk)
    response = client.post(url, {"action": "support"})
    contribution.refresh_from_db()
    return outcome(response, contribution.supports.exists() or contribution.supports_count > 0)


def comment_it(client, space, contribution):
    url = space_url(space, "comment", contribution.pk)
    response = client.post(url, {"body": "Je suis d'accord."})
    contribution.refresh_from_db()
    return outcome(response, contribution.comments.exists() or contribution.comments_count > 0)


def edit_it(client, space, contribution):
    data = contribution_form(title="Titre corrigé")
    del data["submission_key"]
    response = client.post(space_url(space, "edit", contribution.pk), data)
    contribution.refresh_from_db()
    return outcome(response, contribution.title == "Titre corrigé")


def open_the_admin_list(client, space, contribution):
    return outcome(client.get(reverse("contributions:index")))


def answer_officially(client, space, contribution):
    response = client.post(
        reverse("contributions:edit", args=[contribution.pk]),
        {"answer_status": "accepted", "answer_text": "Des bancs seront posés."},
    )
    contribution.refresh_from_db()
    return outcome(response, bool(contribution.answer_status))


ACTIONS = {
    "view the list": view_the_list,
    "view the contribution": view_the_contribution,
    "open the form": open_the_form,
    "post a contribution": post_a_contribution,
    "support it": support_it,
    "comment it": comment_it,
    "edit it": edit_it,
    "open the admin list": open_the_admin_list,
    "answer officially": answer_officially,
}


def person(kind, author):
    if kind == "visitor":
        return None
    if kind == "author":
        return author
    user = UserFactory()
    if kind in STAFF_GROUPS:
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[kind]))
    return user


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


@pytest.mark.parametrize(("action", "kind", "phase", "expected"), CELLS)
def test_each_person_gets_what_the_matrix_says_in_each_phase(
    client, space, resident, action, kind, phase, expected
):
    with freeze_time(PHASES[phase]):
        contribution, _ = services.create_contribution(
            space, resident, title="Des bancs", body="Plus de bancs à l'ombre."
        )
        if user := person(kind, author=resident):
            client.force_login(user)

        assert ACTIONS[action](client, space, contribution) == expected


@pytest.mark.usefixtures("open_today")
@pytest.mark.parametrize("reaction", ["a comment", "an official answer"])
def test_the_author_cannot_edit_once_the_contribution_has_a_comment_or_an_answer(
    client, space, resident, residents, editor, reaction
):
    contribution, _ = services.create_contribution(
        space, resident, title="Des bancs", body="Plus de bancs à l'ombre."
    )
    if reaction == "a comment":
        services.add_comment(contribution, residents[0], "Bonne idée.")
    else:
        services.answer(contribution, editor, "under_study", "Nous étudions la question.")
    client.force_login(resident)
    data = contribution_form(title="Titre corrigé")
    del data["submission_key"]

    form = client.get(space_url(space, "edit", contribution.pk))
    response = client.post(space_url(space, "edit", contribution.pk), data)
    detail = client.get(space_url(space, "contribution", contribution.pk))

    assert form.status_code == response.status_code == 403
    assert "ne peut plus être modifiée" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.title == "Des bancs"
    assert contribution.edited_at is None
    assert space_url(space, "edit", contribution.pk) not in detail.content.decode()


@pytest.mark.usefixtures("open_today")
def test_an_edited_contribution_says_when_it_was_edited(client, space, resident):
    contribution, _ = services.create_contribution(
        space, resident, title="Des bancs", body="Plus de bancs à l'ombre."
    )
    client.force_login(resident)
    data = contribution_form(title="Des bancs avec dossier")
    del data["submission_key"]

    form = client.get(space_url(space, "edit", contribution.pk))
    response = client.post(space_url(space, "edit", contribution.pk), data)
    detail = client.get(response.url)

    assert form.status_code == 200
    assert response.url == space_url(space, "contribution", contribution.pk)
    assert "Des bancs avec dossier" in detail.content.decode()
    assert "modifiée le 15 avril 2025" in detail.content.decode()
