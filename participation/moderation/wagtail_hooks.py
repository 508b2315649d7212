from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action("moderation.hide", _("Hide"), _("Hidden by moderation"))
    actions.register_action("moderation.restore", _("Restore"), _("Restored by moderation"))
    actions.register_action("moderation.approve", _("Approve"), _("Approved by moderation"))
    actions.register_action("moderation.review", _("Mark reviewed"), _("Reviewed by moderation"))
    actions.register_action("moderation.suspend", _("Suspend"), _("Account suspended"))
    actions.register_action(
        "moderation.lift_suspension", _("Lift suspension"), _("Account suspension lifted")
    )
