from django.urls import path
from wagtail import hooks

from participation.common.admin import register_space_item_policy

from .admin_views import ArgumentViewSet
from .exports import VotesExportView

register_space_item_policy(ArgumentViewSet)


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
