"""Subscribing without an account: double opt-in, a confirmation link, nothing revealed."""

import re

from django.core import mail

from newsletter import sending
from newsletter.models import NewsletterSubscriber

SUBSCRIBE = "/lettres/inscription/"


def _subscribe(client, email="eve@example.test", follow=False, **extra):
    data = {"email": email, "consent": "on", "website": "", **extra}
    return client.post(SUBSCRIBE, data, follow=follow)


def _confirmation_path(message):
    return re.search(r"http://testserver(/lettres/confirmation/\?jeton=\S+)", message.body)[1]


def test_subscribing_stores_an_unconfirmed_subscriber_who_receives_no_letter(
    client, archive, letter, editor, django_capture_on_commit_callbacks
):
    response = _subscribe(client)
    assert response.status_code == 302
    subscriber = NewsletterSubscriber.objects.get()
    assert (subscriber.email, subscriber.confirmed_at, subscriber.consent_version) == (
        "eve@example.test",
        None,
        "2026-11",
    )
    assert [message.to for message in mail.outbox] == [["eve@example.test"]]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(letter, editor)
    assert mail.outbox == []


def test_following_the_link_confirms(
    client, archive, letter, editor, django_capture_on_commit_callbacks
):
    _subscribe(client)
    path = _confirmation_path(mail.outbox[0])
    page = client.get(path)
    assert page.status_code == 200
    assert NewsletterSubscriber.objects.get().confirmed_at is None, (
        "a link scanner confirms nothing"
    )
    response = client.post(path)
    assert response.status_code == 302
    assert NewsletterSubscriber.objects.get().confirmed_at is not None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(letter, editor)
    assert [message.to for message in mail.outbox] == [["eve@example.test"]]


def test_a_bad_link_is_a_400_in_french(client, archive):
    for method in (client.get, client.post):
        response = method("/lettres/confirmation/?jeton=pas-un-jeton")
        assert response.status_code == 400
        assert response.context["notice"]
        assert 'lang="fr"' in response.content.decode()


def _said(response):
    return [str(message) for message in response.context["messages"]]


def test_subscribing_again_says_the_same_and_stores_once(client, archive):
    first = _subscribe(client, "Eve@Example.test", follow=True)
    second = _subscribe(client, "eve@example.test", follow=True)  # a double submit
    assert NewsletterSubscriber.objects.count() == 1
    assert _said(first) == _said(second) and len(_said(first)) == 1
    confirmed = NewsletterSubscriber.objects.get()
    confirmed.confirmed_at = confirmed.created_at
    confirmed.save()
    mail.outbox.clear()
    third = _subscribe(client, "eve@example.test", follow=True)
    assert _said(third) == _said(first), "nothing tells whether the address was known"
    assert mail.outbox == [], "a confirmed address is not sent another link"


def test_the_consent_box_is_required_and_the_honeypot_refuses(client, archive):
    response = client.post(SUBSCRIBE, {"email": "eve@example.test"})
    assert response.status_code == 400
    assert "consent" in response.context["form"].errors
    response = _subscribe(client, website="http://spam.example")
    assert response.status_code == 400
    assert not NewsletterSubscriber.objects.exists() and not mail.outbox


def test_a_bad_address_is_a_400(client, archive):
    response = _subscribe(client, "pas une adresse")
    assert response.status_code == 400
    assert "email" in response.context["form"].errors


def test_too_many_requests_are_refused(client, archive):
    statuses = [_subscribe(client, f"personne{n}@example.test").status_code for n in range(25)]
    assert statuses[0] == 302
    assert statuses[-1] == 429
