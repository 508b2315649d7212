from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class DebatesConfig(AppConfig):
    name = "participation.debates"
    label = "debates"
    verbose_name = _("Debates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data, profile_sections
        from participation.common import moderated, ratelimit

        from . import figures, notices, services
        from .models import Argument, Reply

        moderated.register(
            Argument,
            slug="argument",
            space_of=lambda argument: argument.debate,
            url_of=lambda argument: argument.get_absolute_url(),
            count=services.argument_visibility_changed,
        )
        moderated.register(
            Reply,
            slug="reponse",
            space_of=lambda reply: reply.argument.debate,
            url_of=services.reply_address,
            count=services.reply_visibility_changed,
            describe=lambda reply: (
                gettext("the reply by %(name)s") % {"name": reply.author.public_name}
            ),
        )

        personal_data.register("debates", services.personal_data_of)
        profile_sections.register(
            "debates", "debates/includes/profile_debates.html", services.profile_debates
        )

        ratelimit.register("argue", ratelimit.Limit(5, 20, ratelimit.TEN_MINUTES))
        ratelimit.register("reply", ratelimit.Limit(20, 80, ratelimit.TEN_MINUTES))
        ratelimit.register("vote", ratelimit.Limit(30, 120, ratelimit.TEN_MINUTES))
        ratelimit.register("useful", ratelimit.Limit(30, 120, ratelimit.TEN_MINUTES))

        figures.declare()
        notices.declare()
