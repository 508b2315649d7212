"""A resident changes their email: the new one replaces the old once confirmed."""

from allauth.account.models import EmailAddress
from django.core import mail

from .helpers import emailed_link, sign_in


def ask_for_new_email(client, email):
    return client.post("/compte/adresses/", {"email": email, "action_add": ""})


def test_a_resident_with_a_confirmed_address_changes_it_once_the_new_one_is_confirmed(
    client, resident, signed_in
):
    EmailAddress.objects.create(user=resident, email=resident.email, verified=True, primary=True)
    old_email = resident.email
    signed_in(resident)
    assert ask_for_new_email(client, "nouvelle.adresse@example.test").status_code == 302
    (message,) = mail.outbox
    assert message.to == ["nouvelle.adresse@example.test"]
    resident.refresh_from_db()
    assert resident.email == old_email, "not before the new address is confirmed"

    client.post(emailed_link(message, "/compte/confirmation/"))
    resident.refresh_from_db()
    assert resident.email == "nouvelle.adresse@example.test"
    client.logout()
    assert sign_in(client, "nouvelle.adresse@example.test").status_code == 302
    assert sign_in(client, old_email).status_code == 200


def test_a_resident_must_confirm_their_current_address_before_changing_it(
    client, resident, signed_in
):
    """allauth keeps one pending address per account and would take an unconfirmed current
    address for it, leaving the account without any: the change waits for the confirmation."""
    old_email = resident.email
    signed_in(resident)
    response = ask_for_new_email(client, "nouvelle.adresse@example.test")
    assert response.status_code in (200, 400)
    assert "Confirmez d’abord votre adresse actuelle" in response.content.decode()
    resident.refresh_from_db()
    assert resident.email == old_email
    assert mail.outbox == []


def test_two_residents_with_unconfirmed_addresses_are_both_told_to_confirm_first(
    client, resident, other_resident, signed_in
):
    for person, new_email in [(resident, "un@example.test"), (other_resident, "deux@example.test")]:
        signed_in(person)
        response = ask_for_new_email(client, new_email)
        assert response.status_code in (200, 400)
        client.logout()
    assert {resident.email, other_resident.email} == set(
        type(resident).objects.values_list("email", flat=True)
    )


def test_asking_for_the_email_of_another_account_is_refused_in_french(
    client, resident, other_resident, signed_in
):
    EmailAddress.objects.create(user=resident, email=resident.email, verified=True, primary=True)
    signed_in(resident)
    response = ask_for_new_email(client, other_resident.email.upper())
    assert response.status_code in (200, 400)
    assert "Un autre compte utilise déjà cette adresse" in response.content.decode()
    resident.refresh_from_db()
    assert resident.email != other_resident.email
    assert mail.outbox == []
