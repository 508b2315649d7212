from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("<int:pk>/", views.open_notification, name="open"),
    path("tout-lu/", views.mark_all_read, name="mark_all_read"),
    path("preferences/", views.preferences, name="preferences"),
    path("abonnements/<int:pk>/retirer/", views.unfollow, name="unfollow"),
    path("desabonnement/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
