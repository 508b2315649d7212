"""People sign in with an email, whatever its case, and appear only under a pseudonym."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction

from accounts.models import User

from ..factories import UserFactory

PASSWORD = "mot-de-passe-solide-42"  # noqa: S105 - a test account


def test_the_project_uses_the_agora_user_model():
    assert get_user_model() is User
    assert User.USERNAME_FIELD == "email"


@pytest.mark.django_db
def test_an_email_differing_only_by_case_is_refused_by_the_database():
    User.objects.create_user(email="foo@x.test", password=PASSWORD)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user(email="Foo@x.test", password=PASSWORD)
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_an_email_differing_only_by_case_is_refused_even_through_a_raw_update():
    User.objects.create_user(email="foo@x.test", password=PASSWORD)
    other = User.objects.create_user(email="bar@x.test", password=PASSWORD)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.filter(pk=other.pk).update(email="FOO@X.TEST")


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["foo@x.test", "FOO@x.test", "Foo@X.Test"])
def test_login_accepts_the_email_in_any_case(typed):
    user = User.objects.create_user(email="foo@x.test", password=PASSWORD)
    assert authenticate(email=typed, password=PASSWORD) == user
    assert User.objects.get_by_natural_key(typed) == user


@pytest.mark.django_db
def test_login_fails_with_a_wrong_password():
    User.objects.create_user(email="foo@x.test", password=PASSWORD)
    assert authenticate(email="FOO@x.test", password="pas-le-bon") is None


@pytest.mark.django_db
def test_a_user_is_shown_by_pseudonym():
    user = UserFactory(email="camille.martin@x.test", display_name="Camille du parc")
    assert str(user) == "Camille du parc"
    assert user.get_full_name() == "Camille du parc"
    assert "martin" not in str(user).lower()


@pytest.mark.django_db
def test_a_user_without_pseudonym_is_anonymous_never_their_email():
    user = UserFactory(email="camille.martin@x.test", display_name="")
    assert str(user) == "Anonyme"
    assert "martin" not in str(user)


def test_a_user_has_no_first_or_last_name():
    field_names = {field.name for field in User._meta.get_fields()}
    assert "first_name" not in field_names
    assert "last_name" not in field_names
    assert not hasattr(User(), "first_name")
    assert not hasattr(User(), "last_name")


@pytest.mark.django_db
def test_create_user_requires_an_email():
    with pytest.raises(ValueError):
        User.objects.create_user(email="", password=PASSWORD)


@pytest.mark.django_db
def test_create_superuser_gives_full_rights():
    admin = User.objects.create_superuser(email="admin@x.test", password=PASSWORD)
    assert admin.is_superuser and admin.is_staff
    assert admin.check_password(PASSWORD)
