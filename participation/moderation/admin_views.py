"""The moderators' corner of the Wagtail admin, at /admin/moderation/.

Its views live in admin_queue (the queue and its bulk actions), admin_item (one item) and
admin_people (suspensions, a moderator's settings); each lets in moderators only.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .admin_item import ItemView
from .admin_people import SettingsView, SuspendView
from .admin_queue import BulkActionView, QueueView
from .queries import can_moderate


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


class ModerationViewSet(ViewSet):
    # A namespace of its own: the public side may use "moderation" for its addresses.
    name = "moderation_admin"
    url_prefix = "moderation"
    icon = "warning"
    menu_label = _("Moderation")
    menu_order = 230
    add_to_admin_menu = True
    menu_item_class = ModerationMenuItem

    def get_urlpatterns(self):
        return [
            path("", QueueView.as_view(), name="index"),
            path("resultats/", QueueView.as_view(results_only=True), name="index_results"),
            path("actions-groupees/", BulkActionView.as_view(), name="bulk"),
            path("<int:pk>/", ItemView.as_view(), name="item"),
            path("suspendre/<int:pk>/", SuspendView.as_view(), name="suspend"),
            path("preferences/", SettingsView.as_view(), name="settings"),
        ]
