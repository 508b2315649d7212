"""The public archive: sent letters only, newest first, each letter's web version once sent;
and the live blocks, filled from the campaigns of the moment."""

import datetime

from django.utils import timezone

from newsletter.models import NewsletterSend
from newsletter.models.sending import SendStatus
from newsletter.rendering import render_email

from ..factories import CampaignPageFactory
from .conftest import make_letter


def _sent(letter, days_ago):
    return NewsletterSend.objects.create(
        page=letter,
        segment="all",
        status=SendStatus.DONE,
        created_at=timezone.now() - datetime.timedelta(days=days_ago),
        finished_at=timezone.now(),
    )


def test_the_archive_lists_only_the_letters_sent_newest_first(client, archive):
    older = make_letter(archive, "Lettre de septembre")
    newer = make_letter(archive, "Lettre d'octobre")
    make_letter(archive, "Lettre pas encore envoyée")
    make_letter(archive, "Brouillon", publish=False)
    _sent(older, 60)
    _sent(newer, 30)
    response = client.get("/lettres/")
    assert response.status_code == 200
    assert [letter.title for letter in response.context["letters"]] == [
        "Lettre d'octobre",
        "Lettre de septembre",
    ]
    assert "Lettre pas encore envoyée" not in response.content.decode()


def test_a_letter_shows_on_the_site_once_sent(client, archive, letter):
    assert client.get(letter.url).status_code == 404
    _sent(letter, 1)
    response = client.get(letter.url)
    assert response.status_code == 200
    assert "Le parc des Anciennes-Mairies se transforme." in response.content.decode()


def test_the_archive_paginates_in_a_fixed_number_of_queries(
    client, archive, django_assert_max_num_queries
):
    for n in range(15):
        _sent(make_letter(archive, f"Lettre {n}"), n)
    with django_assert_max_num_queries(30):
        response = client.get("/lettres/")
    assert len(response.context["letters"]) == 12
    assert client.get("/lettres/?page=2").context["letters"].number == 2


def test_the_live_blocks_fill_themselves_from_the_campaigns(campaign_index, archive):
    today = timezone.localdate()
    CampaignPageFactory(
        parent=campaign_index,
        title="Le marché couvert",
        start_date=today + datetime.timedelta(days=5),
        end_date=None,
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="La place de la Boule",
        start_date=today - datetime.timedelta(days=3),
        end_date=None,
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Les Assises pour la Ville",
        start_date=today - datetime.timedelta(days=200),
        end_date=today - datetime.timedelta(days=100),
        results_date=today - datetime.timedelta(days=2),
    )
    CampaignPageFactory(
        parent=campaign_index,
        title="Une vieille concertation",
        start_date=datetime.date(2016, 1, 1),
    )
    rendered = render_email(make_letter(archive))
    opening = rendered.html.index("Concertations qui s&#x27;ouvrent")
    results = rendered.html.index("Résultats publiés")
    assert opening < rendered.html.index("La place de la Boule") < results
    assert opening < rendered.html.index("Le marché couvert") < results
    assert results < rendered.html.index("Les Assises pour la Ville")
    assert "Une vieille concertation" not in rendered.html
    assert "http://testserver/campagnes/" in rendered.html
    assert "Le marché couvert" in rendered.text
