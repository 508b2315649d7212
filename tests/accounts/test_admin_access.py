"""Who reaches the Wagtail admin, and how staff create accounts there."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse_lazy

from accounts.forms import AgoraUserCreationForm
from accounts.models import User

from ..factories import UserFactory

PASSWORD = "Un-mot-de-passe-2025!"  # noqa: S105 - a test account
# Wagtail 8 serves the user creation form at /admin/users/new/.
ADD_USER_URL = reverse_lazy("wagtailusers_users:add")


def test_the_staff_groups_come_with_the_migrations(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Rédaction", "Modération"} <= names


@pytest.mark.parametrize("group", ["Rédaction", "Modération"])
def test_both_staff_groups_may_open_the_admin(db, group):
    permissions = Group.objects.get(name=group).permissions.values_list("codename", flat=True)
    assert "access_admin" in permissions


def test_redaction_may_edit_pages_documents_and_images(db):
    group = Group.objects.get(name="Rédaction")
    page_permissions = set(group.page_permissions.values_list("permission__codename", flat=True))
    assert {"add_page", "change_page", "publish_page"} <= page_permissions
    collection_permissions = set(
        group.collection_permissions.values_list("permission__codename", flat=True)
    )
    assert {"add_document", "choose_document", "add_image", "choose_image"} <= (
        collection_permissions
    )


def test_a_resident_is_sent_away_from_the_admin(client, resident):
    client.force_login(resident)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0][0].startswith("/compte/connexion/")
    assert response.status_code == 200, "the sign-in page must not bounce them back"
    assert "autorisation" in response.content.decode(), "no message tells them why"


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/compte/connexion/?next=/admin/"


def test_an_editor_opens_the_admin(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_a_moderator_opens_the_admin(client, db):
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get(name="Modération"))
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_address_leads_to_the_site_sign_in_page(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/compte/connexion/?next=/admin/pages/"


def test_staff_sign_in_to_the_admin_with_their_email_in_any_case(client, editor):
    response = client.post(
        "/compte/connexion/?next=/admin/",
        {"login": editor.email.upper(), "password": "mot-de-passe-solide-42"},
    )
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_user_creation_form_asks_for_email_and_pseudonym_only(client, superuser):
    client.force_login(superuser)
    response = client.get(ADD_USER_URL)
    assert response.status_code == 200
    assert isinstance(response.context["form"], AgoraUserCreationForm)
    content = response.content.decode()
    assert 'name="email"' in content
    assert 'name="display_name"' in content
    assert 'name="first_name"' not in content
    assert 'name="last_name"' not in content


def test_a_superuser_creates_an_account_in_the_admin(client, superuser):
    client.force_login(superuser)
    response = client.post(
        ADD_USER_URL,
        {
            "email": "Nouvelle.Redactrice@ville.test",
            "display_name": "Nouvelle rédactrice",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "groups": [Group.objects.get(name="Rédaction").pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email__iexact="nouvelle.redactrice@ville.test")
    assert user.display_name == "Nouvelle rédactrice"
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == ["Rédaction"]


def test_the_admin_refuses_an_email_that_exists_under_another_case(client, superuser):
    UserFactory(email="camille@ville.test")
    client.force_login(superuser)
    response = client.post(
        ADD_USER_URL,
        {
            "email": "CAMILLE@ville.test",
            "display_name": "Doublon",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert User.objects.filter(email__iexact="camille@ville.test").count() == 1
