"""A group's proposal, from the resident who posts it to the city's answer, in a real browser:
a resident posts for 12 participants, another supports and comments, an editor answers."""

import re

from django.urls import reverse
from playwright.sync_api import expect

from participation.contributions.models import ConsultationPage, Contribution

from .helpers import EDITOR, NEIGHBOUR, RESIDENT, assert_accessible, sign_in

GROUP = "Collectif des Provinces-Françaises"
TITLE = "Des jeux d'eau pour les étés chauds"
COMMENT = "Excellente idée, mes enfants seraient ravis."
ANSWER = "Des jeux d'eau seront installés près de l'aire de jeux à l'été 2026."


def park_space():
    return ConsultationPage.objects.live().get(url_path__endswith="/repenser-le-parc/propositions/")


def post_collective_contribution(page):
    page.get_by_label("Pour un groupe (contribution collective)").check()
    page.get_by_label(re.compile(r"^Titre")).fill(TITLE)
    page.get_by_label(re.compile(r"^Votre contribution")).fill(
        "Réunis chez l'un de nous, nous proposons des jeux d'eau près de l'aire de jeux.\n\n"
        "Voir https://example.org/jeux-d-eau pour un exemple."
    )
    page.get_by_label(re.compile(r"^Nom du groupe")).fill(GROUP)
    page.get_by_label(re.compile(r"^Nombre de participants")).fill("12")
    page.get_by_label(re.compile(r"^Date de la réunion")).fill("2024-11-20")
    page.get_by_label(re.compile(r"^Lieu de la réunion")).fill("Salle Wilson")
    page.get_by_role("button", name="Publier ma contribution").click()


def answer_in_the_admin(page, base_url, contribution):
    page.goto(base_url + reverse("contributions:edit", args=[contribution.pk]))
    page.select_option("#id_answer_status", "accepted")
    page.fill("#id_answer_text", ANSWER)
    page.get_by_role("button", name="Enregistrer la réponse").click()
    expect(page.locator(".messages")).to_contain_text("enregistrée")


def test_a_group_proposal_is_supported_commented_and_answered(demo_site, open_context):
    base_url, space_path = demo_site.url, park_space().url
    problems = {}

    author = open_context().new_page()
    sign_in(author, base_url, RESIDENT, space_path)
    assert_accessible(author, problems)
    author.get_by_role("link", name="Contribuer", exact=True).first.click()
    expect(author.get_by_role("heading", level=1)).to_have_text("Contribuer")
    assert_accessible(author, problems)
    post_collective_contribution(author)

    expect(author).to_have_url(re.compile(rf"{re.escape(space_path)}\d+/$"))
    expect(author.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(author.locator(".contribution__meta")).to_contain_text(f"Par {GROUP}")
    expect(author.locator(".group-facts")).to_contain_text("12")
    expect(author.get_by_role("link", name="https://example.org/jeux-d-eau")).to_be_visible()
    assert_accessible(author, problems)
    contribution = Contribution.objects.get(title=TITLE)
    assert (contribution.kind, contribution.participants) == ("collective", 12)

    neighbour = open_context().new_page()
    sign_in(neighbour, base_url, NEIGHBOUR, author.url.removeprefix(base_url))
    neighbour.get_by_role("button", name="Je soutiens").click()
    expect(neighbour.locator(".action-row__state")).to_have_text("Vous soutenez cette contribution")
    neighbour.get_by_label(re.compile(r"^Votre commentaire")).last.fill(COMMENT)
    neighbour.get_by_role("button", name="Publier mon commentaire").click()
    expect(neighbour.locator(".comment__body")).to_contain_text(COMMENT)

    editor = open_context().new_page()
    sign_in(editor, base_url, EDITOR, "/admin/")
    answer_in_the_admin(editor, base_url, contribution)

    author.reload()
    answer = author.locator(".official-answer")
    expect(answer).to_contain_text("La réponse de la ville")
    expect(answer).to_contain_text("Retenue")
    expect(answer).to_contain_text(ANSWER)
    expect(author.locator(".counts")).to_contain_text("1 soutien")
    expect(author.locator(".counts")).to_contain_text("1 commentaire")
    assert problems == {}
