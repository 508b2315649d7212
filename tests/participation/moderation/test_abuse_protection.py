"""Robots and floods: a honeypot on every resident form, limits per account and per address, and
the charter next to every form where one publishes."""

import uuid

import pytest
from django.test import override_settings

from accounts.models import User
from participation.common import ratelimit
from participation.common.ratelimit import Limit, client_address
from participation.contributions.models import Comment, Contribution, Support
from participation.debates.models import Argument, Reply, UsefulMark, Vote
from participation.moderation.models import Report

from ...factories import UserFactory
from ..helpers import contribution_form, page_text, space_url, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("open_today")]

REFUSED = "Votre envoi n'a pas pu être accepté."
TOO_MANY = "Vous avez publié beaucoup en peu de temps"
ROBOT = {"website": "https://promo.example"}


def stored():
    """How many rows of each kind residents post."""
    models = [Contribution, Comment, Support, Argument, Reply, Vote, UsefulMark, Report]
    return {model.__name__: model.objects.count() for model in models}


def bot_posts(space, debate, contribution, argument):
    """Every resident form, filled in as a robot does: everything valid, and the honeypot."""
    key = str(uuid.uuid4())
    return {
        "contribute": (space_url(space, "contribute"), contribution_form()),
        "edit": (space_url(space, "edit", contribution.pk), contribution_form(title="Spam")),
        "comment": (
            space_url(space, "comment", contribution.pk),
            {"body": "Achetez", "submission_key": key},
        ),
        "support": (space_url(space, "support", contribution.pk), {"action": "support"}),
        "argue": (
            space_url(debate, "argue"),
            {"stance": "for", "title": "Achetez", "body": "Achetez.", "submission_key": key},
        ),
        "reply": (
            space_url(debate, "reply", argument.pk),
            {"body": "Achetez", "submission_key": key},
        ),
        "vote": (space_url(debate, "vote"), {"option": debate.options.first().pk}),
        "useful": (space_url(debate, "useful", argument.pk), {"action": "mark"}),
        "report": (f"/moderation/signaler/argument/{argument.pk}/", {"reason": "spam"}),
    }


FORMS = ["contribute", "edit", "comment", "support", "argue", "reply", "vote", "useful", "report"]


@pytest.mark.parametrize("form", FORMS)
def test_a_filled_honeypot_is_refused_in_french_and_nothing_is_stored(
    client, space, debate, contribution, argument, form
):
    url, data = bot_posts(space, debate, contribution, argument)[form]
    client.force_login(contribution.author)  # may edit it, and may react to the argument
    before = stored()

    response = client.post(url, {**data, **ROBOT})

    assert response.status_code == 400
    assert REFUSED in visible_text(response)
    assert stored() == before
    contribution.refresh_from_db()
    assert contribution.title == "Des bancs à l'ombre"


@pytest.mark.parametrize("form", FORMS)
def test_the_same_post_with_an_empty_honeypot_goes_through(
    client, space, debate, contribution, argument, form
):
    url, data = bot_posts(space, debate, contribution, argument)[form]
    client.force_login(contribution.author)

    response = client.post(url, {**data, "website": ""})

    assert response.status_code == 302


def test_a_robot_signing_up_gets_no_account(client, charter):
    data = {
        "email": "robot@example.test",
        "display_name": "Robot",
        "password1": "Un-autre-secret-2025",
        "accept_charter": "on",
        "site_web": "https://promo.example",
    }
    client.post("/compte/inscription/", data)
    assert not User.objects.filter(email="robot@example.test").exists()


@pytest.mark.parametrize(
    "address",
    [
        "contribute",
        "contribution",
        "argue",
        "argument",
        "debate",
        "report",
    ],
)
def test_the_honeypot_is_hidden_from_people_and_out_of_the_tab_order(
    client, space, debate, contribution, argument, address
):
    client.force_login(UserFactory())
    url = {
        "contribute": space_url(space, "contribute"),
        "contribution": contribution.get_absolute_url(),
        "argue": space_url(debate, "argue"),
        "argument": argument.get_absolute_url(),
        "debate": debate.url,
        "report": f"/moderation/signaler/argument/{argument.pk}/",
    }[address]

    html = page_text(client.get(url))

    honeypot = html.split('class="form-honeypot" aria-hidden="true">', 1)[1].split("</div>")[0]
    assert "Laissez ce champ vide" in honeypot
    assert 'name="website"' in honeypot
    assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot


# Rate limits


def test_too_many_reports_from_one_account_are_refused_in_french(client, space, resident):
    others = Contribution.objects.bulk_create(
        Contribution(space=space, author=UserFactory(), title=f"Idée {n}", body="Texte")
        for n in range(11)
    )
    client.force_login(resident)
    for contribution in others[:10]:
        response = client.post(
            f"/moderation/signaler/contribution/{contribution.pk}/", {"reason": "spam"}
        )
        assert response.status_code == 302

    response = client.post(
        f"/moderation/signaler/contribution/{others[10].pk}/", {"reason": "spam"}
    )

    assert response.status_code == 429
    assert TOO_MANY in visible_text(response)
    assert Report.objects.count() == 10


def post_comment(client, contribution, address):
    return client.post(
        space_url(contribution.space, "comment", contribution.pk),
        {"body": "Bonne idée", "submission_key": str(uuid.uuid4())},
        REMOTE_ADDR=address,
    )


def test_several_accounts_from_one_address_share_a_larger_limit(
    client, contribution, residents, monkeypatch
):
    monkeypatch.setitem(ratelimit.LIMITS, "comment", Limit(3, 4, 600))
    first, second = residents[1], residents[2]
    client.force_login(first)
    assert [post_comment(client, contribution, "203.0.113.7").status_code for _ in range(3)] == [
        302
    ] * 3
    client.force_login(second)
    assert post_comment(client, contribution, "203.0.113.7").status_code == 302

    refused = post_comment(client, contribution, "203.0.113.7")

    assert refused.status_code == 429
    assert TOO_MANY in visible_text(refused)
    assert Comment.objects.count() == 4
    assert post_comment(client, contribution, "198.51.100.20").status_code == 302


def test_the_forwarded_for_header_is_ignored_unless_proxies_are_trusted(
    client, contribution, residents, monkeypatch
):
    monkeypatch.setitem(ratelimit.LIMITS, "comment", Limit(10, 1, 600))
    client.force_login(residents[1])
    post_comment(client, contribution, "203.0.113.7")

    response = client.post(
        space_url(contribution.space, "comment", contribution.pk),
        {"body": "Encore", "submission_key": str(uuid.uuid4())},
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="192.0.2.55",
    )

    assert response.status_code == 429


@pytest.mark.parametrize(
    "proxies, meta, address",
    [
        (0, {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}, "10.0.0.2"),
        (1, {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 192.0.2.1"}, "192.0.2.1"),
        (
            2,
            {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "192.0.2.1, 10.0.0.1"},
            "192.0.2.1",
        ),
        (1, {"REMOTE_ADDR": "10.0.0.2"}, "10.0.0.2"),
        (0, {"REMOTE_ADDR": "2001:db8:1:2:3:4:5:6"}, "2001:db8:1:2::"),
        (0, {"REMOTE_ADDR": ""}, "unknown"),
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(rf, proxies, meta, address):
    request = rf.get("/", **meta)
    with override_settings(AGORA_TRUSTED_PROXY_COUNT=proxies):
        assert client_address(request) == address


# The charter


@pytest.mark.parametrize("address", ["contribute", "contribution", "argue", "argument", "report"])
def test_every_form_to_publish_links_to_the_charter(
    client, space, debate, contribution, argument, charter, address
):
    client.force_login(UserFactory())
    url = {
        "contribute": space_url(space, "contribute"),
        "contribution": contribution.get_absolute_url(),
        "argue": space_url(debate, "argue"),
        "argument": argument.get_absolute_url(),
        "report": f"/moderation/signaler/argument/{argument.pk}/",
    }[address]

    html = page_text(client.get(url))

    notice = html.split('class="charter-notice">', 1)[1].split("</p>")[0]
    assert f'<a href="{charter.url}">charte de participation</a>' in notice
    if address != "report":
        assert notice.startswith("En publiant, vous acceptez la")
