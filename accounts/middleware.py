from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class StaffTwoFactorMiddleware:
    """With AGORA_STAFF_REQUIRE_MFA, the admin asks staff to turn on two-factor first.

    Residents are never concerned: only requests to the admin by someone who may reach it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_set_up_two_factor(request):
            messages.warning(
                request,
                _("Turn on two-factor authentication to reach the administration."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def must_set_up_two_factor(self, request):
        return (
            settings.AGORA_STAFF_REQUIRE_MFA
            and request.path.startswith("/admin/")
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(request.user)
        )
