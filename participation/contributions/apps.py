from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "participation.contributions"
    label = "contributions"
    verbose_name = _("Contributions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data, profile_sections

        from . import services

        personal_data.register("contributions", services.personal_data_of)
        profile_sections.register(
            "contributions",
            "contributions/includes/profile_contributions.html",
            services.profile_contributions,
        )
