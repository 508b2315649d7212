"""The demo's letter: loaded twice, one archive, one letter, one send, shown as sent."""

from django.core import mail

from demo.newsletter import load


def test_the_demo_letter_is_in_the_archive_without_emailing_anyone(home_page, editor, client):
    archive, letter = load(home_page, editor)
    load(home_page, editor)
    assert letter.sends.count() == 1
    assert not letter.sends.get().deliveries.exists()
    assert mail.outbox == []
    archive_page = client.get("/lettres/").content.decode()
    assert "La lettre de la participation" in archive_page
    assert client.get(letter.url).status_code == 200
