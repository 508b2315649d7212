"""Debates in the Wagtail admin: the results panel, the arguments list and its exports, the votes
export, who gets in, and the vote options an editor may not remove."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from participation.debates import services
from participation.debates.models import Argument, VoteOption

from ...factories import UserFactory
from ..factories import DebatePageFactory
from ..helpers import page_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

GROUPS = {"editor": "Rédaction", "moderator": "Modération"}
BOM = "\ufeff"


def person(kind):
    if kind == "anonymous":
        return None
    if kind == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    user = UserFactory()
    if kind == "other staff":
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if kind in GROUPS:
        user.groups.add(Group.objects.get(name=GROUPS[kind]))
    return user


def vote(debate, options, residents, labels):
    for resident, label in zip(residents, labels, strict=True):
        services.cast_vote(debate, resident, options[label])


def argue(debate, author, stance="for", title="Des arbres", body="De l'ombre l'été."):
    argument, _ = services.create_argument(debate, author, stance, title, body)
    return argument


def rows(response):
    """A CSV response as a list of rows, after checking it opens with a byte order mark."""
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith(BOM)
    return list(csv.reader(io.StringIO(content.removeprefix(BOM))))


def listed_titles(response):
    return [argument.title for argument in response.context["object_list"]]


@pytest.fixture
def argument(debate, residents):
    return argue(debate, residents[0], "against", "Trop de bruit", "Des voitures le soir.")


# Who gets in


@pytest.mark.parametrize(
    ("kind", "allowed"),
    [
        ("anonymous", False),
        ("resident", False),
        ("other staff", False),
        ("moderator", True),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_staff_read_arguments_and_exports(client, debate, argument, kind, allowed):
    if user := person(kind):
        client.force_login(user)
    urls = {
        "list": reverse("arguments:index"),
        "inspect": reverse("arguments:inspect", args=[argument.pk]),
        "arguments export": f"{reverse('arguments:index')}?export=csv",
        "votes export": reverse("debates_votes_export", args=[debate.pk]),
    }

    for view, url in urls.items():
        response = client.get(url)
        assert (response.status_code == 200) == allowed, view
        if not allowed:
            assert response.status_code in {302, 403}, view


@pytest.mark.parametrize("kind", ["moderator", "editor", "superuser"])
def test_nobody_adds_rewrites_or_deletes_an_argument(client, argument, kind):
    user = person(kind)
    client.force_login(user)

    added = client.get(reverse("arguments:add"))
    edited = client.post(
        reverse("arguments:edit", args=[argument.pk]), {"title": "Réécrit", "body": "Réécrit"}
    )
    deleted = client.post(reverse("arguments:delete", args=[argument.pk]))

    assert {added.status_code, edited.status_code, deleted.status_code} <= {302, 403}
    argument.refresh_from_db()
    assert (argument.title, argument.body) == ("Trop de bruit", "Des voitures le soir.")
    policy = policy_registry.get_by_type(Argument)
    assert not policy.user_has_any_permission(user, ["add", "change", "delete"])


def test_the_inspect_view_shows_the_argument_without_the_authors_email(client, editor, argument):
    client.force_login(editor)

    response = client.get(reverse("arguments:inspect", args=[argument.pk]))

    text = page_text(response)
    assert "Des voitures le soir." in text
    assert argument.author.public_name in text
    assert argument.author.email not in text
    assert "12:00" in text  # Written at noon in the city, 10:00 UTC.


# The results panel


def test_the_results_panel_shows_the_tallies_to_an_editor_even_when_residents_cannot_see_them(
    client, editor, debate, options, residents
):
    debate.results_visibility = "after_close"
    debate.save_revision().publish()
    vote(debate, options, residents, ["Pour", "Pour", "Contre"])
    argue(debate, residents[0], "for")
    argue(debate, residents[1], "against")
    argue(debate, residents[2], "against")
    assert not debate.results_visible(has_voted=False)
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[debate.pk]))

    table = BeautifulSoup(response.content, "html.parser").select_one(".debate-results-admin")
    cells = [[cell.get_text(strip=True) for cell in tr.select("th, td")] for tr in table("tr")]
    assert cells[1:] == [
        ["Pour", "2", "67 %"],
        ["Contre", "1", "33 %"],
        ["Abstention", "0", "0 %"],
        [cells[-1][0], "3", "100 %"],
    ]
    html = response.content.decode()
    arguments_url = f"{reverse('arguments:index')}?debate={debate.pk}"
    assert f'href="{arguments_url}"' in html
    assert f'href="{arguments_url}&amp;export=csv"' in html
    assert reverse("debates_votes_export", args=[debate.pk]) in html
    link = BeautifulSoup(response.content, "html.parser").find("a", href=arguments_url)
    assert re.findall(r"\d+", link.get_text()) == ["1", "2"]


# The arguments list


def test_the_list_filters_on_debate_position_and_status_and_searches(
    client, editor, campaign, debate, residents
):
    other = DebatePageFactory(parent=campaign, title="Autre débat")
    argue(debate, residents[0], "for", "Plus d'ombre")
    argue(debate, residents[1], "against", "Trop cher", "Le budget des écoles d'abord.")
    hidden = argue(debate, residents[2], "against", "Hors sujet")
    Argument.objects.filter(pk=hidden.pk).update(status="hidden")
    argue(other, residents[0], "for", "Ailleurs")
    client.force_login(editor)
    url = reverse("arguments:index")

    everything = client.get(url)
    in_debate = client.get(url, {"debate": debate.pk})
    against = client.get(url, {"debate": debate.pk, "stance": "against"})
    published_against = client.get(url, {"stance": "against", "status": "published"})
    found = client.get(url, {"q": "budget"})

    assert len(everything.context["object_list"]) == 4
    assert sorted(listed_titles(in_debate)) == ["Hors sujet", "Plus d'ombre", "Trop cher"]
    assert sorted(listed_titles(against)) == ["Hors sujet", "Trop cher"]
    assert listed_titles(published_against) == ["Trop cher"]
    assert listed_titles(found) == ["Trop cher"]


def test_the_list_shows_each_arguments_debate_author_and_counts(client, editor, argument):
    services.add_reply(argument, editor, "Le soir seulement ?")
    client.force_login(editor)

    response = client.get(reverse("arguments:index"))

    text = page_text(response)
    assert "Trop de bruit" in text
    assert "Le débat du parc" in text
    assert argument.author.public_name in text
    assert argument.author.email not in text
    assert response.context["object_list"][0].replies_count == 1


def test_the_list_costs_the_same_queries_with_two_or_ten_arguments(
    client, editor, campaign, debate, residents
):
    other = DebatePageFactory(parent=campaign, title="Autre débat")
    client.force_login(editor)
    url = reverse("arguments:index")

    def queries_for_a_list_of(count):
        for n in range(count - Argument.objects.count()):
            argue([debate, other][n % 2], UserFactory(), "for" if n % 3 else "against")
        client.get(url)  # Warms the caches that do not depend on the list.
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert len(response.context["object_list"]) == count
        return len(queries)

    assert queries_for_a_list_of(2) == queries_for_a_list_of(10)


# The exports


def test_the_arguments_export_has_one_row_per_argument_and_no_email(
    client, editor, campaign, debate, residents
):
    argue(debate, residents[0], "for", "Plus d'ombre", "Des arbres; des bancs.")
    argue(debate, residents[1], "against", "Trop cher", "Le budget d'abord.")
    argue(DebatePageFactory(parent=campaign), residents[2], "for", "Ailleurs")
    client.force_login(editor)

    response = client.get(reverse("arguments:index"), {"debate": debate.pk, "export": "csv"})

    table = rows(response)
    assert len(table) == 3
    by_title = {row[3]: row for row in table[1:]}
    assert set(by_title) == {"Plus d'ombre", "Trop cher"}
    assert by_title["Plus d'ombre"][4] == "Des arbres; des bancs."
    assert by_title["Trop cher"][5] == residents[1].public_name
    assert by_title["Trop cher"][6] == "2025-04-15 12:00"  # The city's time, not UTC.
    content = "\n".join(";".join(row) for row in table)
    assert not any(resident.email in content for resident in residents)
    assert "@" not in content


def test_the_votes_export_has_one_row_per_option_and_the_total(
    client, editor, debate, options, residents
):
    vote(debate, options, residents, ["Pour", "Contre", "Pour"])
    client.force_login(editor)

    response = client.get(reverse("debates_votes_export", args=[debate.pk]))

    assert response["Content-Disposition"] == 'attachment; filename="votes-debat.csv"'
    table = rows(response)
    assert table[1:4] == [["Pour", "2", "67"], ["Contre", "1", "33"], ["Abstention", "0", "0"]]
    assert table[4][1:] == ["3", "100"]
    assert len(table) == 5


def test_the_votes_export_of_a_debate_without_votes_shows_zeros(client, editor, debate):
    client.force_login(editor)

    table = rows(client.get(reverse("debates_votes_export", args=[debate.pk])))

    assert [row[1:] for row in table[1:]] == [["0", "0"]] * 4


def test_the_votes_export_of_an_unknown_page_is_not_found(client, editor, campaign):
    client.force_login(editor)

    response = client.get(reverse("debates_votes_export", args=[campaign.pk]))

    assert response.status_code == 404


# Vote options in the page editor


def debate_form(debate, options, removed=()):
    """What the page editor sends to publish the debate, removing the options named."""
    kept = [
        {"id": option.pk, "label": option.label, "DELETE": "1" if option.label in removed else ""}
        for option in options.values()
    ]
    return nested_form_data(
        {
            "title": debate.title,
            "slug": debate.slug,
            "question": debate.question,
            "context": rich_text(""),
            "options": inline_formset(kept, initial=len(kept)),
            "results_visibility": "always",
            "opens_at": "01/03/2025 09:00",
            "closes_at": "30/06/2025 23:59",
            "notice_before": "",
            "notice_after": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_an_editor_cannot_remove_an_option_that_has_votes(
    client, editor, debate, options, residents
):
    vote(debate, options, residents[:1], ["Contre"])
    client.force_login(editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[debate.pk]),
        debate_form(debate, options, removed=["Contre"]),
    )

    assert response.status_code == 200
    assert "Le choix « Contre » a déjà reçu des votes : il ne peut pas être supprimé." in (
        page_text(response)
    )
    assert VoteOption.objects.filter(pk=options["Contre"].pk).exists()


def test_an_editor_may_remove_an_option_without_votes(client, editor, debate, options, residents):
    vote(debate, options, residents[:1], ["Contre"])
    client.force_login(editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[debate.pk]),
        debate_form(debate, options, removed=["Abstention"]),
    )

    assert response.status_code == 302
    remaining = VoteOption.objects.filter(page=debate).order_by("sort_order")
    assert [option.label for option in remaining] == ["Pour", "Contre"]
