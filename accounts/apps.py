from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = "Comptes"
    default_auto_field = "django.db.models.BigAutoField"


class AgoraUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know the email login and the pseudonym."""

    default = False
    user_viewset = "accounts.viewsets.UserViewSet"
