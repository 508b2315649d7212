"""The city's settings are edited in the admin under their own app, and every page reads them."""

import pytest
from django.urls import reverse

from site_settings.models import SiteSettings

pytestmark = pytest.mark.django_db


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["site_settings", "sitesettings", site.pk])


def test_an_administrator_renames_the_city_and_the_site_shows_it(client, superuser, home_page):
    site = home_page.get_site()
    client.force_login(superuser)
    form = {
        "city_name": "Nanterre",
        "tagline": "La ville participe",
        "map_latitude": "48.89200",
        "map_longitude": "2.20700",
        "map_zoom": "14",
    }

    response = client.post(edit_url(site), form)

    assert response.status_code == 302
    assert SiteSettings.for_site(site).city_name == "Nanterre"
    assert "Nanterre participe" in client.get("/").content.decode()


def test_the_settings_form_opens_in_the_admin(client, superuser, home_page):
    client.force_login(superuser)

    response = client.get(edit_url(home_page.get_site()))

    assert response.status_code == 200
    assert 'name="city_name"' in response.content.decode()
