"""The checks before a resident posts anything, in one chain that views and an API share.

In order: signed in, account not suspended, honeypot empty, space open; then, once the form is
valid and not a second copy, the rate limit. Each check returns a Refusal (a French message and
the HTTP status that goes with it) or None; space_views turns a refusal into a page.

Suspensions belong to moderation, which sits above this app: it registers its check from its
AppConfig.ready() with register_account_check(), so that this module knows nothing of it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .forms import HONEYPOT_MESSAGE, honeypot_filled
from .ratelimit import allow_request

_account_checks = []

ACTION_NOT_POSSIBLE = _("Action not possible")
TOO_MANY = _(
    "You have posted a lot in a short time. To protect the debate, please wait a few "
    "minutes before posting again."
)


@dataclass(frozen=True)
class Refusal:
    message: str
    # 401: sign in first; 403: not allowed; 400: bad request; 429: too many.
    status: int = 403
    title: str = ACTION_NOT_POSSIBLE

    @property
    def needs_sign_in(self):
        return self.status == 401


def register_account_check(check):
    """check(user) returns why this account may not post (a French sentence), or ""."""
    _account_checks.append(check)


def account_notice(user):
    """Why `user` may read but not post (a suspension), or ""."""
    if not user.is_authenticated:
        return ""
    return next((notice for check in _account_checks if (notice := check(user))), "")


def posting_refusal(user, data=None, space=None, closed_title=None):
    """The chain before reading a form: `data` is what was posted (None for a GET), `space`
    is checked for being open when given. Returns a Refusal or None."""
    if not user.is_authenticated:
        return Refusal(str(_("Sign in to take part.")), status=401)
    if notice := account_notice(user):
        return Refusal(notice, title=_("Your account is suspended"))
    if data is not None and honeypot_filled(data):
        return Refusal(str(HONEYPOT_MESSAGE), status=400, title=_("Bad request"))
    if space is not None and not space.is_open:
        return Refusal(space.phase_notice, title=closed_title or ACTION_NOT_POSSIBLE)
    return None


def rate_refusal(request, action):
    """The last link: a 429 once the resident, or their address, did `action` too often."""
    if allow_request(request, action):
        return None
    return Refusal(str(TOO_MANY), status=429, title=_("Please wait a moment"))
