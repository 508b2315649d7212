"""manage.py load_demo: build (or refresh) the demo site of Nanterre's consultations."""

import contextlib
import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import override_settings

from demo import loader


@contextlib.contextmanager
def quiet_wagtail_log():
    """Hide Wagtail's "page created / published" lines: one per page is noise here."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


KEEP_EMAILS = "django.core.mail.backends.locmem.EmailBackend"


class Command(BaseCommand):
    help = "Charge le site de démonstration (concertations de Nanterre, comptes de démo)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Le contenu de démonstration est désactivé dans ces réglages "
                "(DEMO_CONTENT_ALLOWED = False) : il ne doit pas être chargé en production."
            )
        try:
            # The demo's notifications are written on commit and would print their emails
            # on the console in development: they are kept in memory instead.
            with quiet_wagtail_log(), override_settings(EMAIL_BACKEND=KEEP_EMAILS):
                with transaction.atomic():
                    site = loader.load()
        except loader.DemoError as error:
            raise CommandError(str(error)) from error
        self.report(site)

    def report(self, site):
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(f"Démo chargée : {len(site.campaigns)} campagnes publiées.")
        )
        self.stdout.write(f"Site : {base_url}/")
        self.stdout.write(f"Administration : {base_url}/admin/")
        self.stdout.write(f"Comptes de démonstration (mot de passe « {loader.DEMO_PASSWORD} ») :")
        for user in site.users:
            self.stdout.write(f"  {user.email} ({user.display_name})")
