"""Moderation in a real browser: a resident reports a contribution, a moderator finds it at
the top of the queue and hides it with a reason, the public sees the notice and the author
gets an email; restoring puts the text back."""

import re

from django.core import mail
from playwright.sync_api import expect
from wagtail.models import ModelLogEntry

from participation.contributions.models import Contribution

from .helpers import MODERATOR, NEIGHBOUR, assert_accessible, sign_in

TITLE = "Les animaux du parc"
WHY = "Des propos blessants envers les familles du quartier."
EXPLANATION = "Propos blessants, contraires à la charte."


def test_a_report_is_hidden_by_a_moderator_then_restored(demo_site, open_context):
    base_url = demo_site.url
    contribution = Contribution.objects.get(title=TITLE)
    path = contribution.get_absolute_url()
    problems = {}
    mail.outbox.clear()

    resident = open_context().new_page()
    sign_in(resident, base_url, NEIGHBOUR, path)
    resident.locator(".contribution").get_by_role("link", name=re.compile("^Signaler")).click()
    expect(resident.get_by_role("heading", level=1)).to_have_text("Signaler ce contenu")
    assert_accessible(resident, problems)
    resident.get_by_label("Propos injurieux ou discriminatoires").check()
    resident.get_by_label(re.compile("^Précisions")).fill(WHY)
    resident.get_by_role("button", name="Envoyer le signalement").click()
    expect(resident).to_have_url(base_url + path)
    expect(resident.locator(".messages")).to_contain_text("votre signalement a été reçu")

    moderator = open_context().new_page()
    sign_in(moderator, base_url, MODERATOR, "/admin/moderation/")
    first_row = moderator.locator("table tbody tr").first
    expect(first_row).to_contain_text(TITLE)
    expect(first_row).to_contain_text("propos injurieux ou discriminatoires")
    first_row.get_by_role("link", name=TITLE).click()
    expect(moderator.locator("main")).to_contain_text(WHY)
    moderator.get_by_label("Motif").select_option("abuse")
    moderator.get_by_label("Explication").fill("Propos blessants, contraires à la charte.")
    moderator.get_by_role("button", name="Masquer", exact=True).click()
    expect(moderator.locator(".messages")).to_contain_text("Masqué")

    visitor = open_context().new_page()
    visitor.goto(base_url + path)
    notice = visitor.locator(".moderation-notice")
    expect(notice).to_contain_text(
        f"Masqué par la modération : Propos injurieux ou discriminatoires : {EXPLANATION}"
    )
    expect(visitor.locator("main")).not_to_contain_text(contribution.body[:40])
    assert_accessible(visitor, problems)
    [email] = [m for m in mail.outbox if contribution.author.email in m.to]
    assert "masqué" in email.subject
    assert EXPLANATION in email.body
    assert ModelLogEntry.objects.filter(action="moderation.hide", object_id=str(contribution.pk))

    moderator.reload()
    moderator.get_by_role("button", name="Rétablir", exact=True).click()
    expect(moderator.locator(".messages")).to_contain_text("Rétabli")
    visitor.reload()
    expect(visitor.locator(".moderation-notice")).to_have_count(0)
    expect(visitor.locator("main")).to_contain_text(contribution.body[:40])
    assert problems == {}
