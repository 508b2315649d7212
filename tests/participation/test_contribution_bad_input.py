"""Bad input gets a French message and a 400, and nothing is stored; HTML stored by other
means (an older row, an entry by staff) is shown as text, never run."""

import io
import os

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from participation.contributions import services
from participation.contributions.models import Contribution

from .helpers import collective_form, contribution_form, figure, page_text, space_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

HTML_REFUSED = "Le HTML n'est pas accepté : écrivez du texte simple, sans balises entre < et >."
SCRIPT = "<script>alert(1)</script>"


def fake_image():
    return SimpleUploadedFile("photo.jpg", b"Ceci est du texte, pas une photo.", "image/jpeg")


def heavy_image():
    """A real PNG of random pixels, which no compression brings under 5 MB."""
    side = 1400
    output = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(output, format="PNG")
    assert output.tell() > 5 * 1024 * 1024
    return SimpleUploadedFile("tableau.png", output.getvalue(), "image/png")


BAD_INPUT = {
    "an empty title": (contribution_form, {"title": ""}, "Champ requis."),
    "a 100 KB text": (
        contribution_form,
        {"body": "x" * 100_000},
        "Assurez-vous que cette valeur comporte au plus 5000 caractères (actuellement 100000).",
    ),
    "a script in the text": (contribution_form, {"body": f"Bonjour {SCRIPT}"}, HTML_REFUSED),
    "bold in the title": (contribution_form, {"title": "<b>gras</b>"}, HTML_REFUSED),
    "a fake image": (
        collective_form,
        {"photo": fake_image},
        "Ce fichier n'est pas une image lisible : envoyez une photo JPEG ou PNG.",
    ),
    "a photo over 5 MB": (
        collective_form,
        {"photo": heavy_image},
        "La photo est trop lourde : 5 Mo au maximum.",
    ),
    "a group without a name": (collective_form, {"group_name": ""}, "Indiquez le nom du groupe."),
    "a group of 0 participants": (
        collective_form,
        {"participants": "0"},
        "Assurez-vous que cette valeur est supérieure ou égale à 2.",
    ),
    "a group without a number of participants": (
        collective_form,
        {"participants": ""},
        "Indiquez le nombre de participants : au moins 2.",
    ),
    "a meeting in the future": (
        collective_form,
        {"meeting_date": "2025-05-01"},
        "La date de la réunion ne peut pas être dans le futur.",
    ),
    "an unknown kind": (
        contribution_form,
        {"kind": "petition"},
        "Sélectionnez un choix valide. petition n’en fait pas partie.",
    ),
}


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


@pytest.mark.parametrize(("form", "overrides", "message"), BAD_INPUT.values(), ids=BAD_INPUT)
def test_bad_input_gets_a_french_message_and_a_400_and_nothing_is_stored(
    client, space, resident, media_root, form, overrides, message
):
    client.force_login(resident)
    data = form(**{name: v() if callable(v) else v for name, v in overrides.items()})

    response = client.post(space_url(space, "contribute"), data)

    assert response.status_code == 400
    page = page_text(response)
    assert "La contribution n'a pas pu être enregistrée" in page
    assert message in page
    assert not Contribution.objects.exists()
    assert figure(space, "contributions") == 0
    assert not [path for path in media_root.rglob("*") if path.is_file()]


def test_a_space_without_collective_contributions_refuses_a_group(client, space, resident):
    space.allow_collective = False
    space.save()
    client.force_login(resident)

    response = client.post(space_url(space, "contribute"), collective_form())

    assert response.status_code == 400
    assert "Sélectionnez un choix valide." in page_text(response)
    assert not Contribution.objects.exists()


@pytest.fixture
def html_contribution(open_today, space, resident, residents):
    """HTML that reached the database without the public form: shown as text."""
    contribution, _ = services.create_contribution(
        space,
        resident,
        title=f"<b>gras</b> {SCRIPT}",
        body=f"{SCRIPT}\n\nVoir https://example.org/parc pour les plans.\n\n<b>gras</b>",
    )
    services.add_comment(contribution, residents[0], f"<i>Bravo</i> {SCRIPT}")
    return contribution


@pytest.mark.parametrize("where", ["list", "contribution"])
def test_html_in_a_stored_contribution_is_shown_as_text(client, space, html_contribution, where):
    args = [html_contribution.pk] if where == "contribution" else []

    content = client.get(space_url(space, where, *args)).content.decode()

    assert SCRIPT not in content
    assert "<b>gras</b>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "&lt;b&gt;gras&lt;/b&gt;" in content


def test_a_stored_comment_with_html_is_shown_as_text(client, space, html_contribution):
    content = client.get(space_url(space, "contribution", html_contribution.pk)).content.decode()

    assert "<i>Bravo</i>" not in content
    assert "&lt;i&gt;Bravo&lt;/i&gt;" in content


def test_links_in_a_contribution_are_clickable_and_paragraphs_kept(
    client, space, html_contribution
):
    content = client.get(space_url(space, "contribution", html_contribution.pk)).content.decode()

    assert '<a href="https://example.org/parc" rel="nofollow">https://example.org/parc</a>' in (
        content
    )
    assert "<p>Voir " in content
    assert "<p>&lt;b&gt;gras&lt;/b&gt;</p>" in content
