from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from participation.common.admin import register_space_item_policy

from .admin_views import ContributionViewSet

# Nobody deletes a contribution, not even a superuser: moderators hide it instead.
register_space_item_policy(ContributionViewSet)


@hooks.register("register_admin_viewset")
def register_contribution_viewset():
    return ContributionViewSet()


@hooks.register("register_log_actions")
def register_contribution_log_actions(actions):
    actions.register_action(
        "contributions.answer", _("Official answer"), _("Official answer given")
    )
    actions.register_action(
        "contributions.enter_offline",
        _("Offline contribution entered"),
        _("Contribution collected offline entered by staff"),
    )
