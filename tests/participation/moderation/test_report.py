"""A resident reports a contribution, a comment, an argument or a reply: once, in French, with
a form that works without JavaScript."""

import pytest

from participation.common import moderated as registry
from participation.common.models import ModerationStatus
from participation.moderation.models import QueueItem, Report

from ...factories import UserFactory
from ..helpers import LOGIN_URL, page_text, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

THANKS = "Merci, votre signalement a été reçu. L'équipe de modération va l'examiner."
ALREADY = "Vous avez déjà signalé ce contenu ; il est en cours d'examen."


def report_url(slug, item):
    return f"/moderation/signaler/{slug}/{item.pk}/"


@pytest.fixture
def items(contribution, comment, argument, reply):
    return {
        "contribution": contribution,
        "commentaire": comment,
        "argument": argument,
        "reponse": reply,
    }


@pytest.fixture
def reporter(db):
    return UserFactory(display_name="Lou des lilas")


def test_the_report_page_shows_the_item_and_the_reasons_in_a_fieldset(
    client, reporter, contribution, charter
):
    client.force_login(reporter)
    response = client.get(report_url("contribution", contribution))

    assert response.status_code == 200
    html = page_text(response)
    assert "Des bancs à l'ombre" in html and "Plus de bancs sous les arbres." in html
    legend = html.split("<legend>", 1)[1].split("</legend>", 1)[0]
    assert "Pourquoi signalez-vous ce contenu ?" in legend
    for label in ["Spam ou publicité", "Propos injurieux ou discriminatoires", "Hors sujet"]:
        assert label in html
    assert "Données personnelles" in html and "Autre" in html
    assert 'type="radio" name="reason"' in html
    assert f'href="{charter.url}"' in html


@pytest.mark.parametrize("slug", ["contribution", "commentaire", "argument", "reponse"])
def test_a_report_is_stored_once_and_leads_back_to_the_item(client, reporter, items, slug):
    item = items[slug]
    client.force_login(reporter)

    response = client.post(report_url(slug, item), {"reason": "abuse", "text": "Insultant."})

    assert response.status_code == 302
    assert response.url == registry.by_slug(slug).url_of(item)
    report = Report.objects.get()
    assert (report.reporter, report.item, report.reason, report.text) == (
        reporter,
        item,
        "abuse",
        "Insultant.",
    )
    assert QueueItem.objects.get(object_id=item.pk, content_type=report.content_type).open_reports
    assert THANKS in visible_text(client.get(response.url))


def test_a_second_report_of_the_same_item_changes_nothing(client, reporter, comment):
    client.force_login(reporter)
    client.post(report_url("commentaire", comment), {"reason": "spam"})
    client.get(comment.contribution.get_absolute_url())  # reads the first message

    response = client.post(report_url("commentaire", comment), {"reason": "other", "text": "Bis"})

    assert response.status_code == 302
    assert Report.objects.count() == 1
    assert Report.objects.get().reason == "spam"
    assert ALREADY in visible_text(client.get(response.url))


def test_the_report_page_says_so_when_the_item_is_already_reported(client, reporter, argument):
    client.force_login(reporter)
    client.post(report_url("argument", argument), {"reason": "off_topic"})

    response = client.get(report_url("argument", argument))

    assert ALREADY in visible_text(response)
    assert 'name="reason"' not in page_text(response)


def test_a_visitor_is_sent_to_sign_in_and_back_to_the_report_form(client, contribution):
    url = report_url("contribution", contribution)

    for response in (client.get(url), client.post(url, {"reason": "spam"})):
        assert response.status_code == 302
        assert response.url.startswith(LOGIN_URL) and "signaler" in response.url
    assert not Report.objects.exists()


def test_an_author_cannot_report_their_own_item(client, contribution):
    client.force_login(contribution.author)
    response = client.post(report_url("contribution", contribution), {"reason": "spam"})

    assert response.status_code == 403
    assert "Vous ne pouvez pas signaler ce que vous avez écrit vous-même." in visible_text(response)
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "address",
    ["/moderation/signaler/inconnu/{pk}/", "/moderation/signaler/contribution/{missing}/"],
    ids=["unknown kind", "unknown item"],
)
def test_an_unknown_address_is_a_404(client, reporter, contribution, address):
    client.force_login(reporter)
    response = client.get(address.format(pk=contribution.pk, missing=contribution.pk + 1000))
    assert response.status_code == 404


@pytest.mark.parametrize("status", [ModerationStatus.HIDDEN, ModerationStatus.PENDING])
def test_an_item_not_published_cannot_be_reported(client, reporter, reply, status):
    type(reply).objects.filter(pk=reply.pk).update(status=status)
    client.force_login(reporter)

    assert client.get(report_url("reponse", reply)).status_code == 404
    assert client.post(report_url("reponse", reply), {"reason": "spam"}).status_code == 404
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"text": "Sans motif"}, "Choisissez un motif."),
        ({"reason": "boring"}, "Choisissez l'un des motifs proposés."),
        ({"reason": "spam", "text": "x" * 1001}, "1000 caractères"),
    ],
    ids=["no reason", "unknown reason", "text too long"],
)
def test_bad_input_is_refused_in_french_and_not_stored(client, reporter, comment, data, message):
    client.force_login(reporter)
    response = client.post(report_url("commentaire", comment), data)

    assert response.status_code == 400
    assert message in visible_text(response)
    assert "Le signalement n'a pas pu être envoyé" in visible_text(response)
    assert not Report.objects.exists()


# The "Signaler" links


def test_residents_see_a_report_link_on_what_others_wrote(client, reporter, comment, reply):
    client.force_login(reporter)
    contribution_page = page_text(client.get(comment.contribution.get_absolute_url()))
    argument_page = page_text(client.get(reply.argument.get_absolute_url()))

    assert f'href="{report_url("contribution", comment.contribution)}"' in contribution_page
    assert f'href="{report_url("commentaire", comment)}"' in contribution_page
    assert f'href="{report_url("argument", reply.argument)}"' in argument_page
    assert f'href="{report_url("reponse", reply)}"' in argument_page


def test_an_author_sees_no_report_link_on_their_own_item(client, comment):
    client.force_login(comment.author)
    page = page_text(client.get(comment.contribution.get_absolute_url()))

    assert report_url("commentaire", comment) not in page
    assert report_url("contribution", comment.contribution) in page


def test_a_visitor_gets_a_link_to_sign_in_before_reporting(client, comment):
    page = page_text(client.get(comment.contribution.get_absolute_url()))
    assert f'href="{LOGIN_URL}?next={report_url("commentaire", comment)}"' in page


def test_a_hidden_item_has_no_report_link(client, reporter, comment):
    type(comment).objects.filter(pk=comment.pk).update(status=ModerationStatus.HIDDEN)
    client.force_login(reporter)
    page = page_text(client.get(comment.contribution.get_absolute_url()))
    assert report_url("commentaire", comment) not in page


def test_the_report_link_names_what_it_reports_for_screen_readers(client, reporter, comment):
    client.force_login(reporter)
    page = visible_text(client.get(comment.contribution.get_absolute_url()))
    assert f"Signaler le commentaire de {comment.author.public_name}" in page
