from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ContributionPermissionPolicy, ContributionViewSet
from .models import Contribution

# Registered before any view asks for the policy, as Wagtail requires.
register_permission_policy(Contribution, ContributionPermissionPolicy(Contribution))


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
