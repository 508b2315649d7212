from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DebatesConfig(AppConfig):
    name = "participation.debates"
    label = "debates"
    verbose_name = _("Debates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data

        from . import services

        personal_data.register("debates", services.personal_data_of)
