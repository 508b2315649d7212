"""The editors' flow in the admin: preview, a test to oneself, the send and its history."""

import pytest
from django.core import mail

from newsletter.models import NewsletterSend
from newsletter.models.sending import SendStatus
from participation.common.models import Follow

from .conftest import reader, subscriber


def _start_url(letter):
    return f"/admin/lettres/lettre/{letter.pk}/envoi/"


def test_the_edit_page_offers_the_test_and_the_send(client, editor, letter):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{letter.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/lettres/lettre/{letter.pk}/test/".encode() in response.content
    assert _start_url(letter).encode() in response.content


@pytest.mark.parametrize("mode", ["web", "email"])
def test_the_letter_previews_on_the_web_and_as_an_email(letter, mode):
    response = letter.make_preview_request(preview_mode=mode)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le parc des Anciennes-Mairies se transforme." in html
    assert ('style="' in html) == (mode == "email"), "the email's styles are inline"


def test_a_test_goes_to_the_editor_only(client, editor, letter):
    reader("camille@example.test")
    client.force_login(editor)
    response = client.post(f"/admin/lettres/lettre/{letter.pk}/test/")
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert mail.outbox[0].subject.startswith("[TEST] ")
    assert not NewsletterSend.objects.exists()


def test_sending_shows_the_number_of_recipients_then_sends_once(
    client, editor, letter, django_capture_on_commit_callbacks
):
    reader("camille@example.test")
    reader("dominique@example.test")
    subscriber("eve@example.test")
    client.force_login(editor)
    assert client.get(_start_url(letter)).status_code == 200
    response = client.post(_start_url(letter), {"segment": "all"})
    assert response.status_code == 200
    assert response.context["count"] == 3
    assert "3" in response.content.decode()
    assert not mail.outbox, "counting sends nothing"
    key = response.context["key"]
    data = {"segment": "all", "confirmed": "on", "key": str(key)}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_start_url(letter), data)
        client.post(_start_url(letter), data)  # a second click
    send = NewsletterSend.objects.get()
    assert (
        response.status_code == 302 and response["Location"] == f"/admin/lettres/envois/{send.pk}/"
    )
    assert (send.total, send.sent_count, send.status, send.started_by) == (
        3,
        3,
        SendStatus.DONE,
        editor,
    )
    assert len(mail.outbox) == 3
    detail = client.get(response["Location"]).content.decode()
    assert "La lettre de novembre" in detail
    history = client.get("/admin/lettres/envois/")
    assert (
        history.status_code == 200
        and f"/admin/lettres/envois/{send.pk}/" in history.content.decode()
    )


def test_the_followers_of_a_campaign_are_chosen_in_the_form(
    client, editor, letter, campaign, django_capture_on_commit_callbacks
):
    follower = reader("suit@example.test")
    Follow.objects.create(user=follower, target=campaign)
    reader("autre@example.test")
    client.force_login(editor)
    response = client.post(_start_url(letter), {"segment": "campaign"})
    assert response.status_code == 400, "a campaign must be chosen"
    response = client.post(_start_url(letter), {"segment": "campaign", "campaign": campaign.pk})
    assert response.context["count"] == 1
    data = {
        "segment": "campaign",
        "campaign": campaign.pk,
        "confirmed": "on",
        "key": str(response.context["key"]),
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_start_url(letter), data)
    assert [message.to for message in mail.outbox] == [["suit@example.test"]]
    assert NewsletterSend.objects.get().segment_campaign_id == campaign.pk


def test_staff_without_the_right_to_publish_the_letter_get_403(client, moderator, letter):
    reader("camille@example.test")
    client.force_login(moderator)
    assert client.get(_start_url(letter)).status_code == 403
    confirmed = {"segment": "all", "confirmed": "on"}
    assert client.post(_start_url(letter), confirmed).status_code == 403
    assert client.post(f"/admin/lettres/lettre/{letter.pk}/test/").status_code == 403
    assert not mail.outbox and not NewsletterSend.objects.exists()


def test_a_resident_cannot_reach_the_send(client, resident, letter):
    reader("camille@example.test")
    client.force_login(resident)
    response = client.post(_start_url(letter), {"segment": "all", "confirmed": "on"})
    assert response.status_code in (302, 403)
    assert not mail.outbox and not NewsletterSend.objects.exists()


def test_a_draft_letter_is_not_sent(client, editor, archive):
    from .conftest import make_letter

    draft = make_letter(archive, "Brouillon", publish=False)
    reader("camille@example.test")
    client.force_login(editor)
    client.post(_start_url(draft), {"segment": "all", "confirmed": "on"})
    assert not mail.outbox and not NewsletterSend.objects.exists()
