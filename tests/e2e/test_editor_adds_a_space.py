"""An editor adds a debate to a campaign from the campaign's own edit view, and publishes it."""

import re

from playwright.sync_api import expect

from campaign_pages.models import CampaignPage
from participation.debates.models import DebatePage

from .helpers import sign_in


def test_an_editor_adds_a_debate_from_the_campaign_in_one_click(demo_site, page):
    campaign = CampaignPage.objects.live().order_by("path").first()
    sign_in(page, demo_site.url, "redaction@agora.test", then="/admin/")
    page.goto(f"{demo_site.url}/admin/pages/{campaign.pk}/edit/")

    panel = page.locator(".campaign-spaces__add")
    panel.scroll_into_view_if_needed()
    panel.locator("a[href*='/add/debates/debatepage/']").click()

    expect(page).to_have_url(re.compile(rf"/add/debates/debatepage/{campaign.pk}/$"))
    page.fill("#id_title", "Faut-il un kiosque à musique ?")
    page.fill("#id_question", "Faut-il installer un kiosque à musique au centre du parc ?")
    page.get_by_role("button", name=re.compile("Plus d'actions", re.I)).click()
    page.get_by_role("button", name=re.compile("^Publier", re.I)).click()
    expect(page.locator(".messages")).to_contain_text(re.compile(r"(a été|créée et) publiée"))

    debate = DebatePage.objects.get(title="Faut-il un kiosque à musique ?")
    assert debate.live
    assert debate.get_parent().pk == campaign.pk

    page.goto(f"{demo_site.url}/admin/pages/{campaign.pk}/edit/")
    row = page.locator("table.campaign-spaces tr", has_text="Faut-il un kiosque à musique ?")
    expect(row).to_have_count(1)
    expect(row.locator("a")).to_have_attribute("href", re.compile(rf"/pages/{debate.pk}/edit/"))
