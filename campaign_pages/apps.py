from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignPagesConfig(AppConfig):
    name = "campaign_pages"
    verbose_name = _("Campaigns")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import newsletter_sources

        newsletter_sources.register()
