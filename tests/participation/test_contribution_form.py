"""Posting through the public form: signing in first, individual and collective contributions,
double submits, rate limits, and photos stripped of their metadata."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin

from participation.common import figures
from participation.contributions.models import Contribution

from .helpers import (
    LOGIN_URL,
    collective_form,
    contribution_form,
    figure,
    image_bytes,
    page_text,
    space_url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

# EXIF tags: the device, the software, the orientation (6: turned a quarter) and the date.
MAKE, SOFTWARE, ORIENTATION, DATETIME = 0x010F, 0x0131, 0x0112, 0x0132


@pytest.fixture(autouse=True)
def forget_rate_limits():
    cache.clear()


def test_a_visitor_who_clicks_contribute_signs_in_and_comes_back_to_the_form(
    client, space, resident
):
    form_url = space_url(space, "contribute")

    response = client.get(form_url)
    signed_in = client.post(
        response.url, {"login": resident.email, "password": "mot-de-passe-solide-42"}
    )

    assert response.status_code == 302
    assert response.url == f"{LOGIN_URL}?next={form_url}"
    assert signed_in.status_code == 302
    assert signed_in.url == form_url
    assert "Publier ma contribution" in page_text(client.get(form_url))


def test_a_resident_posts_a_contribution_and_lands_on_it(client, space, resident):
    client.force_login(resident)

    response = client.post(space_url(space, "contribute"), contribution_form())

    contribution = Contribution.objects.get()
    assert response.status_code == 302
    assert response.url == space_url(space, "contribution", contribution.pk)
    assert (contribution.author, contribution.kind, contribution.provenance) == (
        resident,
        "individual",
        "online",
    )
    page = page_text(client.get(response.url))
    assert "Merci ! Votre contribution est publiée." in page
    assert "Des bancs à l'ombre" in page
    assert "Par Camille du parc" in page


def test_a_spokesperson_posts_a_collective_contribution_signed_with_the_groups_name(
    client, space, campaign, resident
):
    client.force_login(resident)

    response = client.post(space_url(space, "contribute"), collective_form())

    contribution = Contribution.objects.get()
    assert (contribution.group_name, contribution.participants) == ("Amicale des Tilleuls", 12)
    assert contribution.meeting_date == datetime.date(2025, 3, 20)
    # The spokesperson's account took part online; the twelve people of the group are declared.
    assert figure(campaign, figures.ONLINE) == 1
    assert figure(campaign, figures.DECLARED) == 12
    assert figure(campaign, "participants") == 13
    page = page_text(client.get(response.url))
    assert "Par Amicale des Tilleuls" in page
    assert "Contribution collective" in page
    assert "Salle commune, 12 rue des Tilleuls" in page
    card = page_text(client.get(space_url(space)))
    assert "Par Amicale des Tilleuls, 12 participants" in " ".join(card.split())


def test_the_same_form_sent_twice_stores_one_contribution(client, space, resident):
    client.force_login(resident)
    data = contribution_form()

    first = client.post(space_url(space, "contribute"), data)
    second = client.post(space_url(space, "contribute"), data)

    assert first.status_code == second.status_code == 302
    assert second.url == first.url
    assert Contribution.objects.count() == 1
    assert figure(space, "contributions") == 1


def test_posting_too_often_is_refused_with_a_french_message(client, space, resident):
    client.force_login(resident)
    for n in range(5):
        client.post(space_url(space, "contribute"), contribution_form(title=f"Idée {n}"))

    response = client.post(space_url(space, "contribute"), contribution_form(title="Une de trop"))

    assert response.status_code == 429
    assert "merci d'attendre quelques minutes avant de publier à nouveau" in page_text(response)
    assert Contribution.objects.count() == 5


def test_a_jpeg_photo_is_stored_upright_without_its_exif_metadata(client, space, resident):
    exif = Image.Exif()
    exif.update({MAKE: "Appareil de Camille", SOFTWARE: "Retouche 3000", ORIENTATION: 6})
    exif[DATETIME] = "2025:03:20 18:30:00"
    sent = image_bytes("JPEG", size=(60, 40), exif=exif)
    assert Image.open(SimpleUploadedFile("x.jpg", sent)).getexif()[MAKE] == "Appareil de Camille"
    client.force_login(resident)

    response = client.post(
        space_url(space, "contribute"),
        collective_form(photo=SimpleUploadedFile("tableau.jpg", sent, content_type="image/jpeg")),
    )

    assert response.status_code == 302
    with Contribution.objects.get().photo.open() as stored, Image.open(stored) as image:
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info
        assert image.size == (40, 60)  # turned as the orientation said, before it was dropped


def test_a_png_photo_is_stored_without_its_text_chunks(client, space, resident):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Camille, 12 rue des Tilleuls")
    output = io.BytesIO()
    Image.new("RGB", (30, 20), "blue").save(output, format="PNG", pnginfo=info)
    sent = SimpleUploadedFile("tableau.png", output.getvalue(), content_type="image/png")
    client.force_login(resident)

    response = client.post(space_url(space, "contribute"), collective_form(photo=sent))

    assert response.status_code == 302
    with Contribution.objects.get().photo.open() as stored, Image.open(stored) as image:
        assert image.format == "PNG"
        assert "Author" not in image.info
        assert dict(image.getexif()) == {}
