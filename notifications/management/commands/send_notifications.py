"""Run every 10 minutes by cron: announces the spaces that closed, then queues the digests due.

Idempotent: a closing is announced once, a digest is sent once per resident and period;
running it more often, or twice at once, sends nothing more.
"""

from django.core.management.base import BaseCommand

from notifications import tasks
from notifications.closings import announce_closings


class Command(BaseCommand):
    help = "Announces the spaces that closed and sends the daily and weekly digests that are due."

    def handle(self, *args, **options):
        closed = announce_closings()
        result = tasks.send_digests.enqueue()
        verbosity = options["verbosity"]
        if verbosity >= 1:
            self.stdout.write(f"{len(closed)} closing(s) announced; digests queued ({result.id}).")
