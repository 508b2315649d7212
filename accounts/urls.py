"""Account pages under /compte/, with French addresses.

allauth's own addresses stay reachable (its templates and emails reverse these names); the
French ones below reuse the same names and come last, so that reversing gives the French one.
"""

from allauth.account import views as allauth_views
from django.urls import include, path, re_path

from . import views

french_paths = [
    path("connexion/", allauth_views.login, name="account_login"),
    path("deconnexion/", allauth_views.logout, name="account_logout"),
    path("inscription/", allauth_views.signup, name="account_signup"),
    path("adresses/", allauth_views.email, name="account_email"),
    path("mot-de-passe/", allauth_views.password_change, name="account_change_password"),
    path("mot-de-passe/oublie/", allauth_views.password_reset, name="account_reset_password"),
    path(
        "mot-de-passe/oublie/envoye/",
        allauth_views.password_reset_done,
        name="account_reset_password_done",
    ),
    re_path(
        r"^mot-de-passe/nouveau/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        allauth_views.password_reset_from_key,
        name="account_reset_password_from_key",
    ),
    path(
        "mot-de-passe/nouveau/fait/",
        allauth_views.password_reset_from_key_done,
        name="account_reset_password_from_key_done",
    ),
    path(
        "confirmation/",
        allauth_views.email_verification_sent,
        name="account_email_verification_sent",
    ),
    path("reconnexion/", allauth_views.reauthenticate, name="account_reauthenticate"),
    # Staff's two-factor pages (allauth.mfa) under a French prefix.
    path("double-authentification/", include("allauth.mfa.urls")),
    re_path(
        r"^confirmation/(?P<key>[-:\w]+)/$",
        allauth_views.confirm_email,
        name="account_confirm_email",
    ),
]

urlpatterns = [
    path("", views.profile, name="account_profile"),
    path("mes-donnees/", views.download_personal_data, name="account_personal_data"),
    path("supprimer/", views.delete_account, name="account_delete"),
    path("", include("allauth.urls")),
    *french_paths,
]
