"""Who reaches the moderators' admin: moderators and superusers, nobody else, on every view."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from participation.common.models import ModerationStatus
from participation.moderation import services
from participation.moderation.models import ModeratorSettings, QueueItem, Suspension

from ...factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

LOGIN_URL = "/compte/connexion/"
ALLOWED = {
    "visitor": False,
    "resident": False,
    "editor": False,
    "moderator": True,
    "superuser": True,
}


def person(kind):
    if kind == "visitor":
        return None
    if kind == "superuser":
        return UserFactory(is_staff=True, is_superuser=True)
    user = UserFactory(is_staff=kind != "resident")
    if kind in ("editor", "moderator"):
        group = "Rédaction" if kind == "editor" else "Modération"
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(client, kind):
    if user := person(kind):
        client.force_login(user)
    return user


def row_of(item):
    return QueueItem.objects.get(content_type__model=type(item).__name__.lower(), object_id=item.pk)


def assert_refused(response, kind):
    assert response.status_code == 302
    if kind in ("visitor", "resident"):
        assert response["Location"].startswith(LOGIN_URL)
    else:
        assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("kind", list(ALLOWED))
def test_only_moderators_and_superusers_see_the_moderation_menu(client, kind):
    sign_in(client, kind)

    response = client.get(reverse("wagtailadmin_home"))

    shown = response.status_code == 200 and "/admin/moderation/" in response.content.decode()
    assert shown == ALLOWED[kind]


@pytest.mark.parametrize("kind", list(ALLOWED))
@pytest.mark.parametrize("view", ["queue", "results", "item", "suspend", "settings"])
def test_only_moderators_and_superusers_open_the_moderation_pages(client, contribution, kind, view):
    sign_in(client, kind)
    urls = {
        "queue": reverse("moderation_admin:index"),
        "results": reverse("moderation_admin:index_results"),
        "item": reverse("moderation_admin:item", args=[row_of(contribution).pk]),
        "suspend": reverse("moderation_admin:suspend", args=[contribution.author_id]),
        "settings": reverse("moderation_admin:settings"),
    }

    response = client.get(urls[view])

    if ALLOWED[kind]:
        assert response.status_code == 200
    else:
        assert_refused(response, kind)


@pytest.mark.parametrize("kind", list(ALLOWED))
def test_only_moderators_and_superusers_hide_from_the_item_page(client, contribution, kind):
    sign_in(client, kind)

    response = client.post(
        reverse("moderation_admin:item", args=[row_of(contribution).pk]),
        {"action": "hide", "hide-reason": "spam", "hide-text": ""},
    )

    contribution.refresh_from_db()
    if ALLOWED[kind]:
        assert response.status_code == 302
        assert contribution.status == ModerationStatus.HIDDEN
    else:
        assert_refused(response, kind)
        assert contribution.status == ModerationStatus.PUBLISHED


@pytest.mark.parametrize("kind", list(ALLOWED))
@pytest.mark.parametrize("action", ["restore", "review"])
def test_only_moderators_and_superusers_restore_or_mark_reviewed(
    client, contribution, moderator, kind, action
):
    services.hide(contribution, moderator, "spam")
    row = row_of(contribution)
    QueueItem.objects.filter(pk=row.pk).update(reviewed_at=None)
    sign_in(client, kind)

    response = client.post(reverse("moderation_admin:item", args=[row.pk]), {"action": action})

    contribution.refresh_from_db()
    row.refresh_from_db()
    changed = {
        "restore": contribution.status == ModerationStatus.PUBLISHED,
        "review": row.reviewed_at is not None,
    }[action]
    assert changed == ALLOWED[kind]
    if not ALLOWED[kind]:
        assert_refused(response, kind)


@pytest.mark.parametrize("kind", list(ALLOWED))
@pytest.mark.parametrize("action", ["hide", "review"])
def test_only_moderators_and_superusers_use_the_bulk_actions(client, contribution, kind, action):
    sign_in(client, kind)
    row = row_of(contribution)

    response = client.post(
        reverse("moderation_admin:bulk"),
        {"items": [row.pk], "action": action, "reason": "spam", "text": ""},
    )

    contribution.refresh_from_db()
    row.refresh_from_db()
    changed = {
        "hide": contribution.status == ModerationStatus.HIDDEN,
        "review": row.reviewed_at is not None,
    }[action]
    assert changed == ALLOWED[kind]
    if not ALLOWED[kind]:
        assert_refused(response, kind)


@pytest.mark.parametrize("kind", list(ALLOWED))
def test_only_moderators_and_superusers_suspend_a_resident(client, resident, kind):
    sign_in(client, kind)

    response = client.post(
        reverse("moderation_admin:suspend", args=[resident.pk]),
        {"action": "suspend", "duration": "7", "reason": "Insultes répétées."},
    )

    assert Suspension.objects.filter(user=resident).exists() == ALLOWED[kind]
    if not ALLOWED[kind]:
        assert_refused(response, kind)


@pytest.mark.parametrize("kind", list(ALLOWED))
def test_only_moderators_and_superusers_lift_a_suspension(client, resident, moderator, kind):
    suspension = services.suspend(
        resident, moderator, timezone.now() + datetime.timedelta(days=7), "Insultes."
    )
    sign_in(client, kind)

    response = client.post(
        reverse("moderation_admin:suspend", args=[resident.pk]), {"action": "lift"}
    )

    suspension.refresh_from_db()
    assert (suspension.lifted_at is not None) == ALLOWED[kind]
    if not ALLOWED[kind]:
        assert_refused(response, kind)


@pytest.mark.parametrize("kind", list(ALLOWED))
def test_only_moderators_and_superusers_have_moderation_settings(client, kind):
    user = sign_in(client, kind)

    response = client.post(reverse("moderation_admin:settings"), {"report_digest": "on"})

    saved = ModeratorSettings.objects.filter(report_digest=True)
    assert saved.exists() == ALLOWED[kind]
    if ALLOWED[kind]:
        assert saved.get().user == user
    else:
        assert_refused(response, kind)


def test_an_editor_who_is_not_a_moderator_gets_a_403_when_asking_for_fragments(client, editor):
    client.force_login(editor)

    response = client.get(
        reverse("moderation_admin:index_results"), headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 403
