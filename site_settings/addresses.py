"""The site's own addresses and settings, for what is written away from a request: emails.

Emails are rendered in a task or a command, where no request tells the host: every link in
them is made absolute with WAGTAILADMIN_BASE_URL, the site's public address, and the city's
settings are those of the default site.
"""

from django.conf import settings
from wagtail.models import Site

from .models import SiteSettings


def absolute(path):
    """The address of `path` (a path on the site) as an email must give it."""
    base = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")
    if not path:
        return base + "/"
    if path.startswith("/"):
        return base + path
    return path


def default_settings():
    """The city's settings (SiteSettings) of the default site, or None before there is one."""
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def charter_path(site_settings=None):
    """The path of the live participation charter, or "" when there is none."""
    site_settings = site_settings or default_settings()
    charter = getattr(site_settings, "charter_page", None)
    return charter.url if charter and charter.live else ""
