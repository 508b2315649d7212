from django.core.management.base import BaseCommand

from participation.moderation.digest import send_digests


class Command(BaseCommand):
    help = (
        "Emails each moderator who asked for it (in their moderation settings) the reports "
        "created since their last digest, or the last 24 hours; sends nothing when there is "
        "nothing new. Run daily by cron, e.g. `0 7 * * * manage.py send_moderation_digest`."
    )

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
