from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import ModerationViewSet

ACTIONS = [
    ("moderation.hide", _("Hide"), _("Hidden by moderation")),
    ("moderation.restore", _("Restore"), _("Restored by moderation")),
    ("moderation.approve", _("Approve"), _("Approved by moderation")),
    ("moderation.review", _("Mark reviewed"), _("Reviewed by moderation")),
    ("moderation.suspend", _("Suspend"), _("Account suspended")),
    ("moderation.lift_suspension", _("Lift suspension"), _("Account suspension lifted")),
]


class ReasonFormatter(LogFormatter):
    """Adds the reason a moderator gave to the message, as Wagtail's history views show only
    the message for models without revisions."""

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason")
        return f"{self.message} — {reason}" if reason else self.message


@hooks.register("register_admin_viewset")
def register_moderation_viewset():
    return ModerationViewSet()


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, label, message in ACTIONS:
        formatter = type(
            "ModerationFormatter", (ReasonFormatter,), {"label": label, "message": message}
        )
        actions.register_action(action)(formatter)
