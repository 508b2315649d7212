"""Moderators, something to moderate in a consultation and a debate, and the charter."""

import pytest
from django.contrib.auth.models import Group

from participation.contributions import services as contributions
from participation.debates import services as debates
from site_settings.models import SiteSettings

from ...factories import StandardPageFactory, UserFactory
from ..factories import DebatePageFactory


@pytest.fixture
def moderator(db):
    """A member of the « Modération » group."""
    user = UserFactory(display_name="Modératrice", is_staff=True)
    user.groups.add(Group.objects.get(name="Modération"))
    return user


@pytest.fixture
def debate(campaign):
    return DebatePageFactory(parent=campaign, title="Le débat du parc", slug="debat")


@pytest.fixture
def contribution(space, residents):
    contribution, _ = contributions.create_contribution(
        space, residents[0], title="Des bancs à l'ombre", body="Plus de bancs sous les arbres."
    )
    return contribution


@pytest.fixture
def comment(contribution, residents):
    comment, _ = contributions.add_comment(contribution, residents[1], "Bonne idée, vraiment.")
    return comment


@pytest.fixture
def argument(debate, residents):
    argument, _ = debates.create_argument(
        debate, residents[1], "for", "Moins de bruit", "Les enfants joueraient en paix."
    )
    return argument


@pytest.fixture
def reply(argument, residents):
    reply, _ = debates.add_reply(argument, residents[2], "Et les livraisons ?")
    return reply


@pytest.fixture
def charter(home_page):
    """The charter page, published and chosen in the site settings."""
    page = StandardPageFactory(parent=home_page, title="Charte de participation", slug="charte")
    page.save_revision().publish()
    page.refresh_from_db()
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.charter_page = page
    site_settings.save()
    return page
