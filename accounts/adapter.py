from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.utils.translation import gettext

from site_settings.models import SiteSettings


class AccountAdapter(DefaultAccountAdapter):
    """allauth's emails signed with the city's platform name rather than a host name."""

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        context = {"current_site": self.site_identity(request), **context}
        super().send_mail(template_prefix, email, context)

    def site_identity(self, request):
        city = SiteSettings.for_request(request).city_name
        return SimpleNamespace(
            name=gettext("%(city)s participates") % {"city": city},
            domain=request.get_host(),
        )
