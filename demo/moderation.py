"""The demo's moderation: a queue where older texts were reviewed and one comment is reported.

Runs after the spaces and debates are written: their rows are saved in bulk or moved in time
without signals, so the queue is rebuilt from them first.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from participation.contributions.models import Comment
from participation.moderation import services
from participation.moderation.models import QueueItem

# Texts older than this were read by the moderation team before the demo day.
REVIEWED_BEFORE = datetime.timedelta(days=3)
ADVERT = "Vends trottinette électrique"


def build_moderation():
    services.sync_all()
    people = {user.email.split("@")[0]: user for user in get_user_model().objects.all()}
    moderator = people["moderation"]
    QueueItem.objects.filter(
        reviewed_at__isnull=True, created_at__lt=timezone.now() - REVIEWED_BEFORE
    ).update(reviewed_at=timezone.now(), reviewed_by=moderator)
    advert = Comment.objects.filter(body__startswith=ADVERT).published().first()
    if advert:
        services.report(
            people["mireille"], advert, "spam", "Une petite annonce, avec un numéro de téléphone."
        )
