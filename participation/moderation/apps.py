from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "participation.moderation"
    label = "moderation"
    verbose_name = _("Moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data
        from participation.common import guards, ratelimit

        from . import notices, services

        personal_data.register("moderation", services.personal_data_of)
        post_save.connect(services.keep_queue_in_step, dispatch_uid="moderation-queue")
        guards.register_account_check(services.suspension_notice)
        ratelimit.register("report", ratelimit.Limit(10, 40, ratelimit.ONE_HOUR))
        notices.declare()
