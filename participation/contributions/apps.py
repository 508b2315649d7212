from django.apps import AppConfig
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "participation.contributions"
    label = "contributions"
    verbose_name = _("Contributions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import personal_data, profile_sections
        from participation.common import moderated, ratelimit

        from . import figures, notices, services
        from .models import Comment, Contribution

        moderated.register(
            Contribution,
            slug="contribution",
            space_of=lambda contribution: contribution.space,
            url_of=lambda contribution: contribution.get_absolute_url(),
            count=services.contribution_visibility_changed,
        )
        moderated.register(
            Comment,
            slug="commentaire",
            space_of=lambda comment: comment.contribution.space,
            url_of=services.comment_address,
            count=services.comment_visibility_changed,
            describe=lambda comment: (
                gettext("the comment by %(name)s") % {"name": comment.author.public_name}
            ),
        )

        personal_data.register("contributions", services.personal_data_of)
        profile_sections.register(
            "contributions",
            "contributions/includes/profile_contributions.html",
            services.profile_contributions,
        )

        ratelimit.register("contribute", ratelimit.Limit(5, 20, ratelimit.TEN_MINUTES))
        ratelimit.register("edit", ratelimit.Limit(10, 40, ratelimit.TEN_MINUTES))
        ratelimit.register("comment", ratelimit.Limit(20, 80, ratelimit.TEN_MINUTES))
        ratelimit.register("support", ratelimit.Limit(30, 120, ratelimit.TEN_MINUTES))

        figures.declare()
        notices.declare()
