"""The notifications page: a resident reads their own notifications, newest first, opens one
(marked read, then led to what it is about) or marks them all read; no one else's."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from notifications.models import Notification

from ..factories import UserFactory

LIST = "/notifications/"


def notify(user, message="La Ville a répondu à « Des bancs »", url="/campagnes/parc/", **fields):
    return Notification.objects.create(
        user=user,
        event="contributions.answered",
        topic="answers",
        message=message,
        url=url,
        **fields,
    )


def test_a_visitor_is_sent_to_sign_in(client, db):
    for url in (LIST, "/notifications/1/", "/notifications/preferences/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login")), url
    assert client.post("/notifications/tout-lu/").status_code == 302


def test_a_resident_reads_their_own_notifications_newest_first(client, resident):
    now = timezone.now()
    notify(resident, "Ancienne", created_at=now - datetime.timedelta(days=2))
    notify(resident, "Récente", created_at=now, campaign="Repenser le parc")
    notify(UserFactory(), "Celle d'un autre")
    client.force_login(resident)

    content = client.get(LIST).content.decode()

    assert content.index("Récente") < content.index("Ancienne")
    assert "Repenser le parc" in content
    assert "Celle d'un autre" not in content


def test_unread_notifications_are_marked_for_eyes_and_screen_readers(client, resident):
    notify(resident, "Pas encore lue")
    notify(resident, "Déjà lue", read_at=timezone.now())
    client.force_login(resident)

    content = client.get(LIST).content.decode()

    items = content.split('<li class="notification')[1:3]
    read, unread = sorted(items, key=lambda item: "Pas encore lue" in item)
    assert unread.startswith(' notification--unread"')
    assert '<span class="notification__state">' in unread
    assert "notification--unread" not in read and "notification__state" not in read


def test_the_header_shows_the_unread_count(client, resident):
    for _ in range(3):
        notify(resident)
    notify(resident, read_at=timezone.now())
    client.force_login(resident)

    content = client.get(LIST).content.decode()

    header = content.split("</header>")[0]
    assert '<span class="site-notifications__count">3<span class="visually-hidden">' in header


def test_opening_a_notification_marks_it_read_and_leads_to_its_page(client, resident):
    notification = notify(resident, url="/campagnes/parc/propositions/")
    client.force_login(resident)

    response = client.get(f"/notifications/{notification.pk}/")

    assert response.status_code == 302
    assert response.url == "/campagnes/parc/propositions/"
    notification.refresh_from_db()
    assert notification.is_read


def test_a_notification_never_leads_to_another_host(client, resident):
    notification = notify(resident, url="//ailleurs.example.com/")
    client.force_login(resident)

    response = client.get(f"/notifications/{notification.pk}/")

    assert response.url == LIST


def test_someone_elses_notification_is_not_found_and_stays_unread(client, resident):
    notification = notify(UserFactory())
    client.force_login(resident)

    assert client.get(f"/notifications/{notification.pk}/").status_code == 404
    notification.refresh_from_db()
    assert not notification.is_read


def test_marking_all_read_touches_only_ones_own(client, resident):
    mine = [notify(resident) for _ in range(2)]
    theirs = notify(UserFactory())
    client.force_login(resident)

    assert client.get("/notifications/tout-lu/").status_code == 405
    response = client.post("/notifications/tout-lu/", follow=True)

    assert response.redirect_chain[-1][0] == LIST
    assert Notification.objects.filter(pk__in=[n.pk for n in mine]).unread().count() == 0
    assert Notification.objects.filter(pk=theirs.pk).unread().exists()
    assert "site-notifications__count" not in response.content.decode()


def test_the_list_paginates_twenty_a_page(client, resident):
    for number in range(25):
        notify(resident, f"Notification n°{number:02d}")
    client.force_login(resident)

    first = client.get(LIST).content.decode()
    second = client.get(LIST + "?page=2").content.decode()

    assert first.count('<li class="notification') == 20
    assert second.count('<li class="notification') == 5
    assert 'rel="next"' in first
    assert client.get(LIST + "?page=abc").status_code == 200


@pytest.mark.parametrize("count", [1, 40])
def test_the_list_takes_a_fixed_number_of_queries(
    client, resident, count, django_assert_max_num_queries
):
    for _ in range(count):
        notify(resident)
    client.force_login(resident)
    client.get(LIST)  # the first request of a site creates its settings row

    with django_assert_max_num_queries(9):
        assert client.get(LIST).status_code == 200
