from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = _("Newsletter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from notifications import unsubscribe
        from participation.common import ratelimit

        from . import subscribers

        unsubscribe.register("subscriber", subscribers.stop_subscriber)
        # Per address (the "account" of an anonymous visitor is their address) and per email:
        # nobody floods an inbox with confirmation links.
        ratelimit.register(subscribers.RATE_ACTION, ratelimit.Limit(5, 20, ratelimit.ONE_HOUR))
