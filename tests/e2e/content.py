"""A small site for the browser tests, used only while the demo loader does not exist."""

import datetime

from django.utils import timezone

from home.models import HomePage

from ..factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    DocumentFactory,
    OrganizerFactory,
    SectorFactory,
)


def build_small_site():
    today = timezone.localdate()
    days = datetime.timedelta
    index = CampaignIndexPageFactory(parent=HomePage.objects.get())
    document = DocumentFactory(title="Diagnostic du parc")
    CampaignPageFactory(
        parent=index,
        title="Réaménagement du parc",
        start_date=today - days(30),
        end_date=today + days(60),
        organizer=OrganizerFactory(name="Ville"),
        sectors=[SectorFactory(name="Centre")],
        tags=["nature en ville"],
        body=[
            (
                "timeline",
                {
                    "heading": "Les étapes du projet",
                    "steps": [
                        {"kind": "meeting", "start_date": today - days(30), "title": "Lancement"},
                        {"kind": "debate", "start_date": today - days(5), "title": "Débat"},
                        {"kind": "decision", "start_date": today + days(90), "title": "Choix"},
                    ],
                },
            ),
            ("documents", {"heading": "Documents", "documents": [{"document": document}]}),
        ],
    )
    CampaignPageFactory(
        parent=index,
        title="La médiathèque",
        start_date=today + days(30),
        end_date=today + days(90),
    )
