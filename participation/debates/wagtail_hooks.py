from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ArgumentPermissionPolicy, ArgumentViewSet
from .exports import VotesExportView
from .models.items import Argument

# Registered before any view asks for the policy, as Wagtail requires.
register_permission_policy(Argument, ArgumentPermissionPolicy(Argument))


@hooks.register("register_admin_viewset")
def register_argument_viewset():
    return ArgumentViewSet()


@hooks.register("register_admin_urls")
def register_debate_admin_urls():
    return [
        path(
            "debates/<int:pk>/votes/",
            VotesExportView.as_view(),
            name="debates_votes_export",
        )
    ]
