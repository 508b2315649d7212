from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo loader (manage.py load_demo): no models, only the command and its content."""

    name = "demo"
    label = "demo"
    verbose_name = _("Demo")
