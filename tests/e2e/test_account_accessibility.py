"""axe-core finds no serious or critical problem on the account pages, errors shown or not."""

from .conftest import PHONE
from .helpers import RESIDENT, blocking_violations, sign_in


def check(page, problems, label):
    page.wait_for_load_state("networkidle")
    if found := blocking_violations(page):
        problems[label] = found


def test_sign_up_and_sign_in_pages_have_no_serious_violation_with_or_without_errors(
    demo_site, page
):
    problems = {}
    for path in ["/compte/inscription/", "/compte/connexion/", "/compte/mot-de-passe/oublie/"]:
        page.goto(demo_site.url + path)
        check(page, problems, path)

    page.goto(demo_site.url + "/compte/inscription/")
    page.locator("input[name=email]").fill(RESIDENT)
    page.locator("input[name=display_name]").fill("x@y.fr")
    page.locator("input[name=password1]").fill("123")
    page.locator("main button[type=submit]").click()
    assert page.locator(".form-field__errors").count() >= 3, "the errors are not displayed"
    check(page, problems, "/compte/inscription/ with errors")

    page.goto(demo_site.url + "/compte/connexion/")
    page.locator("input[name=login]").fill(RESIDENT)
    page.locator("input[name=password]").fill("pas-le-bon")
    page.locator("main button[type=submit]").click()
    assert page.locator("main [role=alert]").count() == 1, "the error is not displayed"
    check(page, problems, "/compte/connexion/ with an error")
    assert problems == {}


def test_a_resident_own_pages_have_no_serious_violation(demo_site, page):
    sign_in(page, demo_site.url, RESIDENT)
    problems = {}
    for path in ["/", "/compte/", "/compte/supprimer/", "/compte/mot-de-passe/"]:
        page.goto(demo_site.url + path)
        check(page, problems, path)

    page.goto(demo_site.url + "/compte/supprimer/")
    page.locator("input[name=password]").fill("pas-le-bon")
    page.locator("main button[type=submit]").click()
    check(page, problems, "/compte/supprimer/ with an error")
    assert problems == {}


def test_the_account_menu_has_no_serious_violation_when_open_on_a_phone(demo_site, open_context):
    page = open_context(viewport=PHONE).new_page()
    sign_in(page, demo_site.url, RESIDENT)
    problems = {}
    page.goto(demo_site.url + "/compte/")
    page.locator(".account-menu summary").click()
    check(page, problems, "/compte/ with the menu open")
    page.goto(demo_site.url + "/compte/inscription/")
    check(page, problems, "/compte/inscription/ (logged in, on a phone)")
    assert problems == {}
