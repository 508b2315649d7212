"""The newsletter of the demo: the archive page and one letter, already sent a week ago.

The send is recorded as finished with plausible counts; nobody is emailed and no delivery is
stored. Call load(home, editor) from the loader, after the campaigns are built.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.rich_text import RichText

from accounts.services import set_newsletter_consent
from newsletter.models import NewsletterIndexPage, NewsletterPage, NewsletterSend
from newsletter.models.sending import Segment, SendStatus

from .builder import publish_child

LETTER_SLUG = "lettre-de-la-participation"
# About a third of the 838 registered residents of the first years, and a few subscribers.
RECIPIENTS = 312
FAILED = 3

BODY = [
    ("heading", "Le mot de l'Agora"),
    (
        "text",
        RichText(
            "<p>Chaque mois, la Ville vous dit où en sont les concertations de Nanterre : "
            "celles qui s'ouvrent, celles qui se terminent et ce qui a été décidé après vos "
            "contributions.</p>"
            "<p>L'Agora, maison des initiatives citoyennes, vous accueille aussi pour en parler "
            "de vive voix.</p>"
        ),
    ),
    ("campaigns_opening", {"heading": "Les concertations qui s'ouvrent", "days": 45, "limit": 6}),
    ("results_published", {"heading": "Résultats et décisions publiés", "days": 90, "limit": 6}),
    ("heading", "Bientôt dans l'agenda"),
    (
        "text",
        RichText(
            "<p>Les prochains ateliers et réunions publiques seront annoncés ici, quartier par "
            "quartier.</p>"
        ),
    ),
]


# The demo's residents who asked for the letter, so that an editor trying a send reaches someone.
CONSENTING = ["habitant@agora.test", "mireille@agora.test", "karim@agora.test", "lucie@agora.test"]


def load(home, editor, today=None):
    """Creates or updates the archive and the demo letter; records one finished send."""
    now = timezone.now()
    for user in get_user_model().objects.filter(email__in=CONSENTING):
        set_newsletter_consent(user, True)
    archive = publish_child(
        home,
        NewsletterIndexPage,
        "lettres",
        title="Lettres d'information",
        show_in_menus=True,
    )
    letter = publish_child(
        archive,
        NewsletterPage,
        LETTER_SLUG,
        title="La lettre de la participation",
        body=BODY,
    )
    if not letter.sends.exists():
        started = now - datetime.timedelta(days=7)
        NewsletterSend.objects.create(
            page=letter,
            segment=Segment.ALL,
            started_by=editor,
            created_at=started,
            finished_at=started + datetime.timedelta(minutes=4),
            total=RECIPIENTS,
            sent_count=RECIPIENTS - FAILED,
            failed_count=FAILED,
            status=SendStatus.DONE,
            subject=letter.title,
        )
    return archive, letter
