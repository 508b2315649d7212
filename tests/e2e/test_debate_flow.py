"""A debate in a real browser: a resident votes Contre, changes to Pour and writes an argument;
a neighbour finds it useful; the campaign page's debate block shows the new results."""

import re

from playwright.sync_api import expect

from participation.debates import services
from participation.debates.models import Argument, DebatePage, UsefulMark

from .helpers import NEIGHBOUR, RESIDENT, assert_accessible, blocking_violations, sign_in

TITLE = "Des familles à vélo en toute sécurité"
TEXT = "Le week-end, les enfants apprennent le vélo dans l'allée : sans voitures, c'est sûr."


def park_debate():
    return DebatePage.objects.live().get(url_path__endswith="/repenser-le-parc/debat/")


def results_by_option(page):
    """{"Pour": "12 votes · 40 %", ...} read from the text of the results list."""
    items = page.locator(".debate-vote .debate-results__item")
    found = {}
    for index in range(items.count()):
        item = items.nth(index)
        label = item.locator(".debate-results__label").inner_text().split(" (")[0].strip()
        found[label] = item.locator(".debate-results__figures").inner_text()
    return found


def vote_for(page, option, button):
    page.locator("#vote").get_by_label(option, exact=True).check()
    page.locator("#vote").get_by_role("button", name=button).click()


def test_a_resident_votes_changes_argues_and_is_found_useful(demo_site, open_context):
    base_url, debate = demo_site.url, park_debate()
    debate_path = debate.url
    before = {r.label: r.votes for r in services.results(debate).options}
    problems = {}

    resident = open_context().new_page()
    sign_in(resident, base_url, RESIDENT, debate_path)
    expect(resident.locator("#vote")).to_contain_text("Les résultats s'affichent")
    assert_accessible(resident, problems)

    vote_for(resident, "Contre", "Voter")
    expect(resident.locator(".messages")).to_contain_text("Votre vote est enregistré.")
    expect(resident.locator("#vote")).to_contain_text("Vous avez voté : Contre")
    shown = results_by_option(resident)
    assert re.fullmatch(rf"{before['Contre'] + 1} votes · \d+ %", shown["Contre"])
    assert_accessible(resident, problems)

    vote_for(resident, "Pour", "Changer mon vote")
    expect(resident.locator(".messages")).to_contain_text("Votre vote a été modifié.")
    shown = results_by_option(resident)
    assert shown["Pour"].startswith(f"{before['Pour'] + 1} votes")
    assert shown["Contre"].startswith(f"{before['Contre']} votes")
    # Readable without colour: each figure is text, and the resident's choice says so in words.
    expect(resident.locator(".debate-results__item--mine")).to_contain_text("(votre vote)")
    expect(resident.locator(".debate-results__item--mine")).to_contain_text("Pour")

    resident.get_by_role("link", name="Ajouter un argument pour").click()
    expect(resident.get_by_label("Pour", exact=True)).to_be_checked()
    assert_accessible(resident, problems)
    resident.get_by_label(re.compile(r"^Titre")).fill(TITLE)
    resident.get_by_label(re.compile(r"^Votre argument")).fill(TEXT)
    resident.get_by_role("button", name="Publier mon argument").click()
    expect(resident.locator(".messages")).to_contain_text("Votre argument est publié.")
    expect(resident.get_by_role("heading", level=1)).to_have_text(TITLE)
    argument = Argument.objects.get(title=TITLE)
    assert (argument.stance, argument.author.email) == ("for", RESIDENT)

    neighbour = open_context().new_page()
    sign_in(neighbour, base_url, NEIGHBOUR, debate_path + "?tri=recents")
    card = neighbour.locator(".argument-card", has_text=TITLE)
    card.get_by_role("button", name=re.compile("^Utile")).click()
    expect(neighbour.locator(".messages")).to_contain_text("vous avez trouvé cet argument utile")
    assert UsefulMark.objects.filter(argument=argument, user__email=NEIGHBOUR).exists()
    neighbour.goto(base_url + debate_path + "?tri=recents")
    card = neighbour.locator(".argument-card", has_text=TITLE)
    expect(card).to_contain_text("1 personne l'a trouvé utile")
    assert_accessible(neighbour, problems)

    resident.goto(base_url + debate.get_parent().url)
    block = resident.locator(".block--debate")
    expect(block).to_contain_text(debate.question)
    expect(block.locator(".debate-results__item--mine")).to_contain_text("Pour")
    expect(block.locator(".debate-results__item--mine")).to_contain_text(
        f"{before['Pour'] + 1} votes"
    )
    counters = services.counters(debate)
    expect(block).to_contain_text(f"{counters.arguments_for} arguments pour")
    assert counters.arguments_for == sum(
        1 for _ in Argument.objects.filter(debate=debate, stance="for")
    )
    assert blocking_violations(resident) == []
    assert problems == {}
