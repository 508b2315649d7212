"""A resident's own pages under /compte/, and the account menu in the header."""

import html

import pytest
from freezegun import freeze_time

from accounts.models import User

PROFILE_URL = "/compte/"
PRIVATE_PAGES = [
    "/compte/",
    "/compte/mes-donnees/",
    "/compte/supprimer/",
    "/compte/adresses/",
    "/compte/mot-de-passe/",
]


@pytest.mark.parametrize("path", PRIVATE_PAGES)
def test_an_anonymous_visitor_is_sent_to_the_sign_in_page(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == f"/compte/connexion/?next={path}"


@pytest.mark.parametrize("path", PRIVATE_PAGES)
def test_a_signed_in_resident_opens_their_pages(client, resident, path):
    client.force_login(resident)
    assert client.get(path).status_code == 200


def test_the_profile_shows_the_email_and_the_sections_to_come(client, resident):
    client.force_login(resident)
    content = client.get(PROFILE_URL).content.decode()
    assert resident.email in content
    assert 'value="Camille du parc"' in content
    for heading in ["Mes contributions", "Mes abonnements", "Mes notifications", "Mes données"]:
        assert f">{heading}</h2>" in content, heading
    assert 'href="/compte/mes-donnees/"' in content
    assert 'href="/compte/supprimer/"' in content


def save_profile(client, display_name, newsletter=False):
    data = {"display_name": display_name}
    if newsletter:
        data["newsletter"] = "on"
    return client.post(PROFILE_URL, data)


def test_a_resident_changes_their_pseudonym(client, resident):
    client.force_login(resident)
    response = save_profile(client, "Camille des quais")
    assert response.status_code == 302
    assert response.url == PROFILE_URL
    resident.refresh_from_db()
    assert resident.display_name == "Camille des quais"
    assert "Votre profil est enregistré." in client.get(PROFILE_URL).content.decode()


def test_a_resident_may_change_only_the_case_of_their_own_pseudonym(client, resident):
    client.force_login(resident)
    assert save_profile(client, "CAMILLE DU PARC").status_code == 302
    resident.refresh_from_db()
    assert resident.display_name == "CAMILLE DU PARC"


REFUSED_PSEUDONYMS = {
    "taken in another case": ("dominique DU QUAI", "Ce pseudonyme est déjà pris"),
    "an email": ("camille@example.test", "ne doit pas ressembler à une adresse électronique"),
    "too short": ("Ca", "de 3 à 30 caractères"),
    "empty": ("", "Champ requis."),
    "with odd characters": ("Camille <b>", "Utilisez seulement des lettres"),
}


@pytest.mark.parametrize(
    ("display_name", "message"), REFUSED_PSEUDONYMS.values(), ids=REFUSED_PSEUDONYMS.keys()
)
def test_a_refused_pseudonym_is_explained_in_french_and_not_saved(
    client, resident, other_resident, display_name, message
):
    client.force_login(resident)
    response = save_profile(client, display_name)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["display_name"])
    assert User.objects.get(pk=resident.pk).display_name == "Camille du parc"


@freeze_time("2025-05-12 10:30:00")
def test_a_resident_subscribes_to_the_newsletter_from_their_profile(client, resident):
    client.force_login(resident)
    save_profile(client, resident.display_name, newsletter=True)
    resident.refresh_from_db()
    assert resident.newsletter_consent_at.isoformat() == "2025-05-12T10:30:00+00:00"
    assert client.get(PROFILE_URL).context["form"]["newsletter"].value()


def test_saving_the_profile_again_keeps_the_date_of_the_newsletter_consent(client, resident):
    client.force_login(resident)
    with freeze_time("2025-05-12"):
        save_profile(client, resident.display_name, newsletter=True)
    with freeze_time("2025-06-01"):
        save_profile(client, "Camille des quais", newsletter=True)
    resident.refresh_from_db()
    assert resident.newsletter_consent_at.date().isoformat() == "2025-05-12"


def test_a_resident_withdraws_their_newsletter_consent(client, resident):
    client.force_login(resident)
    save_profile(client, resident.display_name, newsletter=True)
    save_profile(client, resident.display_name, newsletter=False)
    resident.refresh_from_db()
    assert resident.newsletter_consent_at is None


def test_a_visitor_sees_links_to_sign_in_and_to_sign_up(client, home_page):
    content = html.unescape(client.get("/").content.decode())
    assert "Se connecter" in content
    assert "S'inscrire" in content
    assert 'href="/compte/connexion/?next=/"' in content
    assert 'href="/compte/inscription/?next=/"' in content
    assert "Se déconnecter" not in content


def test_a_resident_sees_their_pseudonym_with_a_menu_in_the_header(client, home_page, resident):
    client.force_login(resident)
    content = client.get("/").content.decode()
    assert "Camille du parc</summary>" in content
    assert 'href="/compte/"' in content
    assert 'action="/compte/deconnexion/"' in content
    assert "Se déconnecter" in content
    assert "Administration" not in content
    assert 'href="/compte/connexion/' not in content


def test_an_editor_also_finds_the_administration_in_the_menu(client, home_page, editor):
    client.force_login(editor)
    content = client.get("/").content.decode()
    assert 'href="/admin/"' in content
    assert "Administration" in content
