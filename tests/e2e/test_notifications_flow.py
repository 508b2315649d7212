"""A resident hears of the city's answer to a contribution they follow, in a real browser: the
unread count in the header, the notifications page, the notification that leads to the
contribution, and the preferences page where they choose how to hear of answers."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from notifications import services as notifications
from participation.contributions import services as contributions
from participation.contributions.models import ConsultationPage

from .conftest import PHONE
from .helpers import DEMO_PASSWORD, EDITOR, NEIGHBOUR, assert_accessible, sign_in

EMAIL = "suzanne.follow@example.test"
TITLE = "Un abri à vélos près de l'entrée nord"
ANSWER = "Un abri de vingt places sera posé au printemps."


def park_space():
    return ConsultationPage.objects.live().get(url_path__endswith="/repenser-le-parc/propositions/")


def header_count(page):
    return page.locator(".site-header .site-notifications__count")


def test_a_follower_hears_of_the_answer_and_chooses_how_to_be_told(demo_site, open_context):
    base_url = demo_site.url
    follower = User.objects.create_user(
        EMAIL,
        password=DEMO_PASSWORD,
        display_name="Suzanne du parc",
        charter_accepted_at=timezone.now(),
    )
    contribution, _ = contributions.create_contribution(
        park_space(),
        User.objects.get(email=NEIGHBOUR),
        title=TITLE,
        body="Les vélos sont attachés aux grilles faute de mieux.",
    )
    contribution_path = contribution.get_absolute_url()
    problems = {}

    page = open_context().new_page()
    sign_in(page, base_url, EMAIL, contribution_path)
    page.get_by_role("button", name="Suivre cette contribution").click()
    expect(page.get_by_role("button", name="Ne plus suivre")).to_be_visible()
    expect(header_count(page)).to_have_count(0)

    contributions.answer(contribution, User.objects.get(email=EDITOR), "accepted", ANSWER)

    page.reload()
    expect(header_count(page)).to_have_text(re.compile(r"^1\b"))  # "1 non lue"
    page.locator(".site-header").get_by_role("link", name=re.compile("^Notifications")).click()
    expect(page).to_have_url(base_url + "/notifications/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes notifications")
    item = page.locator(".notification--unread")
    expect(item).to_have_count(1)
    expect(item).to_contain_text(TITLE)
    assert_accessible(page, problems)

    item.get_by_role("link").click()
    expect(page).to_have_url(base_url + contribution_path)
    expect(page.locator(".official-answer")).to_contain_text(ANSWER)
    expect(header_count(page)).to_have_count(0)
    assert notifications.unread_count(follower) == 0

    page.goto(base_url + "/notifications/preferences/")
    answers = page.locator("fieldset", has=page.locator("input[name=answers]"))
    expect(answers.locator("input[value=immediate]")).to_be_checked()
    answers.locator("input[value=weekly]").check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(base_url + "/notifications/preferences/")
    expect(page.locator(".message--success")).to_be_visible()
    expect(answers.locator("input[value=weekly]")).to_be_checked()
    chosen = {topic.key: frequency for topic, frequency in notifications.preferences_of(follower)}
    assert chosen["answers"] == "weekly"
    assert_accessible(page, problems)

    assert problems == {}


def test_the_unread_count_fits_the_header_of_a_phone(demo_site, open_context):
    base_url = demo_site.url
    resident = User.objects.create_user(
        "petit.ecran@example.test", password=DEMO_PASSWORD, display_name="Petit écran"
    )
    for number in range(12):
        resident.notifications.create(
            event="contributions.answered", topic="answers", message=f"Réponse {number}", url="/"
        )

    for viewport in (PHONE, {"width": 1280, "height": 900}):
        page = open_context(viewport).new_page()
        sign_in(page, base_url, resident.email, "/")
        link = page.locator(".site-header .site-notifications")
        expect(link).to_be_visible()
        expect(header_count(page)).to_contain_text("12")
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
