"""An editor sends a newsletter from the admin, in a real browser: a test to themselves, the
recipients counted before sending, the send's progress; then the letter is in the archive."""

import re

from django.core import mail
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from newsletter.models import NewsletterIndexPage, NewsletterPage

from .helpers import EDITOR, assert_accessible, sign_in

TITLE = "La lettre de l'hiver"


def new_letter():
    archive = NewsletterIndexPage.objects.live().get()
    letter = NewsletterPage(
        title=TITLE,
        slug="lettre-de-l-hiver",
        body=[("text", RichText("<p>Les concertations de l'hiver à Nanterre.</p>"))],
    )
    archive.add_child(instance=letter)
    letter.save_revision().publish()
    return letter


def test_an_editor_tests_counts_and_sends_a_letter(demo_site, open_context):
    base_url = demo_site.url
    letter = new_letter()
    mail.outbox.clear()
    problems = {}
    page = open_context().new_page()
    sign_in(page, base_url, EDITOR, f"/admin/pages/{letter.pk}/edit/")

    page.goto(f"{base_url}/admin/lettres/lettre/{letter.pk}/test/")
    page.get_by_role("button", name="Envoyer le test").click()
    expect(page.get_by_text(re.compile("Un test a été envoyé"))).to_be_visible()
    assert [m.to for m in mail.outbox] == [[EDITOR]]
    assert mail.outbox[0].subject.startswith("[TEST]")

    page.goto(f"{base_url}/admin/lettres/lettre/{letter.pk}/envoi/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Envoyer la lettre")
    assert_accessible(page, problems)
    page.get_by_label("Tous les habitants qui l’ont demandée").check()
    page.get_by_role("button", name="Compter les destinataires").click()
    expect(page.get_by_text(re.compile(r"La lettre sera envoyée à \d+"))).to_be_visible()
    assert_accessible(page, problems)
    page.get_by_role("button", name="Envoyer maintenant").click()

    expect(page).to_have_url(re.compile(r"/admin/lettres/envois/\d+/$"))
    expect(page.get_by_text("Terminé", exact=True)).to_be_visible()
    letters = [m for m in mail.outbox if m.subject == TITLE]
    assert letters and all("List-Unsubscribe-Post" in m.extra_headers for m in letters)
    assert EDITOR not in {m.to[0] for m in letters}  # the editor did not consent
    page.reload()  # the send's page itself, without Wagtail's fading message
    assert_accessible(page, problems)

    page.goto(f"{base_url}/lettres/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert problems == {}
