"""Moderation's public addresses, under /moderation/."""

from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("signaler/<slug:slug>/<int:pk>/", views.report, name="report"),
]
