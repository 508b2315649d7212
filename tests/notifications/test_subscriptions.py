"""What a resident follows, on their profile, each with a button to stop following; and the
summary of their notifications there. Only the owner of a follow may end it."""

import pytest
from django.urls import reverse

from notifications import services
from participation.common import events
from participation.common import services as common
from participation.common.events import Frequency
from participation.common.models import Follow, PageStats
from participation.contributions import services as contributions

from ..factories import UserFactory

PROFILE = "/compte/profil/"


@pytest.fixture
def profile_url():
    return reverse("account_profile")


@pytest.fixture
def proposal(space, residents, open_today):
    contribution, _ = contributions.create_contribution(
        space, residents[1], title="Des bancs à l'ombre", body="Près de l'aire de jeux."
    )
    return contribution


def follows_section(content):
    return content.split('aria-labelledby="follows-title"')[1].split("</section>")[0]


def test_the_profile_lists_what_the_resident_follows_with_titles_and_links(
    client, resident, campaign, space, debate, proposal, profile_url
):
    for target in (campaign, space, debate, proposal):
        common.follow(resident, target)
    common.follow(UserFactory(), campaign.get_parent().specific)  # someone else's follow
    client.force_login(resident)

    section = follows_section(client.get(profile_url).content.decode())

    assert f'<a href="{campaign.url}">Repenser le parc</a>' in section
    assert f'<a href="{space.url}">Vos propositions</a>' in section
    assert f'<a href="{debate.url}">Le débat du parc</a>' in section
    assert f'<a href="{proposal.get_absolute_url()}">Des bancs à l&#x27;ombre</a>' in section
    assert section.count("<form") == 4
    assert "Campagnes" not in section


def test_a_hidden_contribution_is_listed_without_its_title(client, resident, proposal, profile_url):
    common.follow(resident, proposal)
    proposal.status = "hidden"
    proposal.save()
    client.force_login(resident)

    section = follows_section(client.get(profile_url).content.decode())

    assert "Des bancs" not in section
    assert section.count("<form") == 1


@pytest.mark.parametrize("extra", [0, 6])
def test_the_profile_takes_a_fixed_number_of_queries_whatever_is_followed(
    client, resident, campaign, space, open_today, extra, profile_url, django_assert_max_num_queries
):
    common.follow(resident, campaign)
    for number in range(1 + extra):
        contribution, _ = contributions.create_contribution(
            space, UserFactory(), title=f"Proposition {number}", body="Un texte."
        )
        common.follow(resident, contribution)
    client.force_login(resident)
    client.get(profile_url)  # the first request of a site creates its settings row

    with django_assert_max_num_queries(16):
        response = client.get(profile_url)

    assert follows_section(response.content.decode()).count("<form") == 2 + extra


def test_stopping_a_follow_from_the_profile(client, resident, campaign, profile_url):
    common.follow(resident, campaign)
    follow = Follow.objects.get(user=resident)
    client.force_login(resident)

    response = client.post(f"/notifications/abonnements/{follow.pk}/retirer/", follow=True)

    assert response.redirect_chain == [(profile_url, 302)]
    assert not Follow.objects.filter(pk=follow.pk).exists()
    assert PageStats.objects.get(page=campaign).followers_count == 0
    assert (
        "Repenser le parc"
        in response.content.decode().split('message--success">')[1].split("</p>")[0]
    )


def test_a_follow_of_someone_else_cannot_be_stopped(client, resident, campaign):
    other = UserFactory()
    common.follow(other, campaign)
    follow = Follow.objects.get(user=other)
    client.force_login(resident)

    assert client.post(f"/notifications/abonnements/{follow.pk}/retirer/").status_code == 404
    assert client.get(f"/notifications/abonnements/{follow.pk}/retirer/").status_code == 405
    assert Follow.objects.filter(pk=follow.pk).exists()


def test_a_visitor_is_sent_to_sign_in_to_stop_a_follow(client, resident, campaign):
    common.follow(resident, campaign)
    follow = Follow.objects.get(user=resident)

    response = client.post(f"/notifications/abonnements/{follow.pk}/retirer/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Follow.objects.filter(pk=follow.pk).exists()


def test_the_profile_sums_up_notifications_and_links_to_them(client, resident, profile_url):
    services.set_preference(resident, "answers", Frequency.NEVER)
    client.force_login(resident)

    content = client.get(profile_url).content.decode()

    section = content.split('aria-labelledby="notifications-title"')[1].split("</section>")[0]
    assert 'href="/notifications/"' in section
    assert 'href="/notifications/preferences/"' in section
    answers = str(events.topic("answers").label)
    never = str(dict(Frequency.choices)[Frequency.NEVER])
    assert f"<dt>{answers}</dt><dd>{never}</dd>" in section
