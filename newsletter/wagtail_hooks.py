from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views, sending
from .models import NewsletterPage

app_urls = [
    path("lettre/<int:page_id>/test/", admin_views.TestSendView.as_view(), name="test"),
    path("lettre/<int:page_id>/envoi/", admin_views.SendView.as_view(), name="start"),
    path("envois/", admin_views.SendListView.as_view(), name="sends"),
    path("envois/<int:pk>/", admin_views.SendDetailView.as_view(), name="send"),
]


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [path("lettres/", include((app_urls, "newsletter_admin"), namespace="newsletter_admin"))]


@hooks.register("register_page_header_buttons")
def newsletter_buttons(page, user, view_name=None, next_url=None):
    if page.specific_class is not NewsletterPage or not sending.can_send(user, page):
        return []
    return [
        Button(
            _("Send a test to myself"),
            reverse("newsletter_admin:test", args=[page.pk]),
            icon_name="mail",
            priority=5,
        ),
        Button(
            _("Send…"),
            reverse("newsletter_admin:start", args=[page.pk]),
            icon_name="mail",
            priority=6,
        ),
    ]


@hooks.register("register_admin_menu_item")
def newsletter_sends_menu_item():
    return MenuItem(
        _("Newsletters — sends"),
        reverse("newsletter_admin:sends"),
        icon_name="mail",
        order=320,
    )
