"""An editor of the Rédaction group builds a campaign from every block in the Wagtail admin."""

import re

from playwright.sync_api import expect

from campaign_pages.models import CampaignIndexPage, CampaignPage

from .helpers import DEMO_PASSWORD, EDITOR

INSERT_BLOCK = "button.c-sf-add-button[title='Insérer un bloc']"


def sign_in_from_the_admin(page, base_url, email):
    """The admin sends a stranger to the site's sign-in form, then back to the admin."""
    page.goto(base_url + "/admin/")
    expect(page).to_have_url(re.compile(r"/compte/connexion/"))
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def add_block(page, label):
    button = page.locator(INSERT_BLOCK).last
    button.scroll_into_view_if_needed()
    button.click()
    page.get_by_role("option", name=label, exact=True).click()


def write_rich_text(page, field_id, text):
    field = page.locator(f"#{field_id}").locator("xpath=..")
    field.locator("[contenteditable=true]").first.click()
    page.keyboard.type(text)
    # Draftail copies what was typed into its hidden input; saving before that would lose it.
    expect(page.locator(f"#{field_id}")).to_have_value(re.compile(re.escape(text)))


def choose_document(page, field_id, title):
    page.locator(f"#{field_id}").locator("xpath=..").locator(
        "button.chooser__choose-button"
    ).click()
    page.locator(".modal-content a", has_text=title).first.click()
    expect(page.locator(".modal-content")).to_be_hidden()


def test_an_editor_builds_and_publishes_a_campaign_from_every_block(demo_site, page):
    index = CampaignIndexPage.objects.get()
    sign_in_from_the_admin(page, demo_site.url, EDITOR)
    page.goto(f"{demo_site.url}/admin/pages/add/campaign_pages/campaignpage/{index.pk}/")
    page.wait_for_load_state("networkidle")

    page.fill("#id_title", "Une place pour tous")
    page.fill("#id_intro", "Comment rendre la place du marché plus agréable ?")
    page.fill("#id_objective", "Réaménager la place avec celles et ceux qui la vivent.")
    page.fill("#id_start_date", "01/11/2026")
    page.fill("#id_end_date", "01/02/2027")

    add_block(page, "Texte")
    page.fill("#body-0-value-heading", "Pourquoi cette concertation")
    write_rich_text(page, "body-0-value-text", "La place doit changer avec ses usagers.")
    add_block(page, "Frise chronologique")
    page.select_option("#body-1-value-steps-0-value-kind", "meeting")
    page.fill("#body-1-value-steps-0-value-start_date", "05/11/2026")
    page.fill("#body-1-value-steps-0-value-title", "Balade sur la place")
    add_block(page, "Documents")
    choose_document(page, "body-2-value-documents-0-value-document", "Synthèse")
    add_block(page, "Podcast")
    page.fill("#body-3-value-title", "La place racontée")
    choose_document(page, "body-3-value-audio", "Radio Agora")
    write_rich_text(page, "body-3-value-transcript", "Bonjour, ici Radio Agora.")
    add_block(page, "Kit de participation")
    write_rich_text(page, "body-4-value-purpose", "Pour débattre entre voisins.")
    choose_document(page, "body-4-value-files-0-value", "guide")
    write_rich_text(page, "body-4-value-how_to_return", "Déposez la fiche à l'Agora.")
    add_block(page, "Ressources")
    page.fill("#body-5-value-links-0-value-title", "Article du journal municipal")
    page.fill("#body-5-value-links-0-value-url", "https://example.org/article")
    add_block(page, "Résultats")
    write_rich_text(page, "body-6-value-summary", "Les habitants veulent des arbres.")

    page.get_by_role("button", name=re.compile("Plus d'actions", re.I)).click()
    page.get_by_role("button", name=re.compile("^Publier", re.I)).click()
    # Wagtail words it "… a été publiée" or "Page « … » créée et publiée".
    expect(page.locator(".messages")).to_contain_text(re.compile(r"(a été|créée et) publiée"))

    campaign = CampaignPage.objects.get(title="Une place pour tous")
    assert campaign.live
    assert [block.block_type for block in campaign.body] == [
        "text",
        "timeline",
        "documents",
        "podcast",
        "participation_kit",
        "resources",
        "results",
    ]

    page.goto(demo_site.url + campaign.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Une place pour tous")
    expect(page.locator(".timeline")).to_contain_text("Balade sur la place")
    expect(page.locator(".block--documents")).to_contain_text("PDF")
    expect(page.locator("audio")).to_have_count(1)
    expect(page.locator(".block--participation-kit")).to_contain_text("guide")
    expect(page.locator(".block--resources")).to_contain_text("Article du journal municipal")
    expect(page.locator(".block--results")).to_contain_text("Les habitants veulent des arbres.")
