"""A resident's whole account life in a real browser, in French: from sign-up to deletion."""

import json
import pathlib
import re

from django.core import mail
from playwright.sync_api import expect

from accounts.models import User

EMAIL = "lou.martin@example.test"
PSEUDONYM = "Lou des tilleuls"
PASSWORD = "Un-secret-pour-Agora-2025"  # noqa: S105 - a test account
NEW_PASSWORD = "Un-nouveau-secret-2026"  # noqa: S105 - a test account
WRONG_CREDENTIALS = "L’adresse e-mail ou le mot de passe sont incorrects."


def emailed_link(path):
    """The address in the last email sent, on the live server, under `path`."""
    return re.search(rf"https?://\S+?{re.escape(path)}\S*", mail.outbox[-1].body).group(0)


def header(page):
    return page.locator(".site-header")


def sign_up(page, base_url):
    page.goto(base_url + "/")
    header(page).get_by_role("link", name="S'inscrire").click()
    expect(page).to_have_url(re.compile(r"/compte/inscription/"))
    expect(page.get_by_role("link", name=re.compile("charte de participation"))).to_be_visible()
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Pseudonyme").fill(PSEUDONYM)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_label(re.compile("J'ai lu et j'accepte la charte")).check()
    expect(page.get_by_label(re.compile("recevoir la lettre d'information"))).not_to_be_checked()
    page.get_by_role("button", name="Créer mon compte").click()


def sign_out(page):
    header(page).locator("summary").click()
    header(page).get_by_role("button", name="Se déconnecter").click()
    expect(header(page).get_by_role("link", name="Se connecter")).to_be_visible()


def sign_in(page, base_url, password):
    page.goto(base_url + "/")
    header(page).get_by_role("link", name="Se connecter").click()
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(password)
    page.locator("main button[type=submit]").click()


def expect_signed_in(page):
    expect(header(page).locator("summary")).to_contain_text(PSEUDONYM)


def test_a_resident_signs_up_confirms_resets_downloads_and_deletes_their_account(demo_site, page):
    base_url = demo_site.url

    sign_up(page, base_url)
    expect(page).to_have_url(base_url + "/")
    expect_signed_in(page)
    assert [message.to for message in mail.outbox] == [[EMAIL]]
    user = User.objects.get(email=EMAIL)
    assert user.display_name == PSEUDONYM
    assert user.charter_revision is not None

    page.goto(emailed_link("/compte/confirmation/"))
    page.locator("main button[type=submit]").click()
    assert user.emailaddress_set.get().verified

    sign_out(page)
    sign_in(page, base_url, PASSWORD)
    expect_signed_in(page)
    sign_out(page)

    page.goto(base_url + "/compte/connexion/")
    page.get_by_role("link", name=re.compile("Mot de passe oublié")).click()
    page.locator("input[name=email]").fill(EMAIL)
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/compte/mot-de-passe/oublie/envoye/"))
    page.goto(emailed_link("/compte/mot-de-passe/nouveau/"))
    page.locator("input[name=password1]").fill(NEW_PASSWORD)
    page.locator("input[name=password2]").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Modifier le mot de passe").click()
    expect(page).to_have_url(re.compile(r"/compte/mot-de-passe/nouveau/fait/"))

    sign_in(page, base_url, NEW_PASSWORD)
    expect_signed_in(page)
    header(page).locator("summary").click()
    header(page).get_by_role("link", name="Mon compte").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon compte")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Télécharger mes données").click()
    download = download_info.value
    assert download.suggested_filename.startswith("mes-donnees-agora-")
    data = json.loads(pathlib.Path(download.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == EMAIL
    assert data["account"]["pseudonym"] == PSEUDONYM
    assert data["consents"]["charter_accepted_at"]

    page.get_by_role("link", name="Supprimer mon compte").click()
    expect(page.locator("main")).to_contain_text("Compte supprimé")
    page.get_by_label("Votre mot de passe, pour confirmer").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page).to_have_url(base_url + "/")
    expect(page.locator(".messages")).to_contain_text("Votre compte est supprimé")
    expect(header(page).get_by_role("link", name="Se connecter")).to_be_visible()

    sign_in(page, base_url, NEW_PASSWORD)
    expect(page.locator("main")).to_contain_text(WRONG_CREDENTIALS)
    expect(header(page).get_by_role("link", name="Se connecter")).to_be_visible()
    assert not User.objects.filter(email__iexact=EMAIL).exists()


def test_a_refused_sign_up_shows_french_messages_next_to_the_fields(demo_site, page):
    page.goto(demo_site.url + "/compte/inscription/")
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Pseudonyme").fill("lou@example.test")
    page.get_by_label("Mot de passe").fill("123")
    page.get_by_role("button", name="Créer mon compte").click()
    main = page.locator("main")
    expect(main).to_contain_text("ne doit pas ressembler à une adresse électronique")
    expect(main).to_contain_text("Ce mot de passe est trop court")
    expect(main).to_contain_text("Vous devez accepter la charte de participation")
    assert not User.objects.filter(email=EMAIL).exists()
