from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSettingsConfig(AppConfig):
    """City-wide settings every other app reads: the bottom layer, it imports no other app."""

    name = "site_settings"
    label = "site_settings"
    verbose_name = _("Site settings")
    default_auto_field = "django.db.models.BigAutoField"
