"""Who may open the editor of a new campaign: a matrix of people against the add page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def person(kind):
    if kind == "anonymous":
        return None
    if kind == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    user = UserFactory()
    groups = {"editor": "Rédaction", "moderator": "Modération"}
    if kind in groups:
        user.groups.add(Group.objects.get(name=groups[kind]))
    return user


@pytest.mark.parametrize(
    ("kind", "may_add"),
    [
        ("anonymous", False),
        ("resident", False),
        ("moderator", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_editors_open_the_editor_of_a_new_campaign(client, campaign_index, kind, may_add):
    if user := person(kind):
        client.force_login(user)
    url = reverse(
        "wagtailadmin_pages:add", args=["campaign_pages", "campaignpage", campaign_index.pk]
    )

    response = client.get(url)

    assert (response.status_code == 200) == may_add
    if not may_add:
        assert response.status_code in {302, 403}
