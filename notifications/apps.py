from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import profile_sections
        from participation.common import events

        from . import profile, services, unsubscribe

        events.happened.connect(services.on_event, dispatch_uid="notifications_on_event")
        unsubscribe.register("account", services.stop_for_account)
        profile_sections.register(
            "follows", "notifications/includes/profile_follows.html", profile.follows_section
        )
        profile_sections.register(
            "notifications",
            "notifications/includes/profile_notifications.html",
            profile.notifications_section,
        )
