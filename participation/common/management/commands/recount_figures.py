"""Sets every campaign's figures and participants from the rows: after a bulk load, an import,
or migrating a database made before figures were stored."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from participation.common import figures
from participation.common.spaces import space_models


def campaigns_with_spaces():
    """The pages that hold participation spaces, found from the spaces' paths."""
    paths = Page.objects.type(*space_models()).values_list("path", flat=True)
    parent_paths = {path[: -Page.steplen] for path in paths}
    return Page.objects.filter(path__in=parent_paths).order_by("path")


class Command(BaseCommand):
    help = "Recount every campaign's figures (contributions, votes, participants...) from the rows."

    def handle(self, *args, **options):
        for campaign in campaigns_with_spaces():
            result = figures.recount(campaign)
            self.stdout.write(f"{campaign.title}: {result.participants} participants")
