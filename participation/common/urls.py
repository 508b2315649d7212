"""Participation addresses that belong to no single space, under /participation/."""

from django.urls import path

from . import views

urlpatterns = [
    path("suivre/<int:page_id>/", views.follow_page, name="follow_page"),
]
