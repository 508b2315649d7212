from django.apps import AppConfig


class CampaignPagesConfig(AppConfig):
    name = "campaign_pages"
    verbose_name = "Campagnes"
    default_auto_field = "django.db.models.BigAutoField"
