from django.core.exceptions import PermissionDenied

from .queries import can_moderate


class ModeratorRequiredMixin:
    """Every moderation view, for moderators and superusers only.

    People without admin access never get this far (Wagtail sends them to sign in); an editor
    who is not a moderator gets Wagtail's "no permission" redirect.
    """

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
