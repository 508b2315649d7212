"""axe-core finds no serious or critical accessibility problem on the main pages."""

from .conftest import PHONE
from .helpers import blocking_violations, campaign_with_documents, open_campaign_with_current_step


def paths_to_check():
    campaigns = {open_campaign_with_current_step().url, campaign_with_documents().url}
    return ["/", "/campagnes/", "/campagnes/?statut=open", *sorted(campaigns), "/recherche/?q=parc"]


def test_main_pages_have_no_serious_accessibility_violation(demo_site, page):
    problems = {}
    for path in paths_to_check():
        page.goto(demo_site.url + path, wait_until="networkidle")
        if found := blocking_violations(page):
            problems[path] = found
    assert problems == {}


def test_main_pages_have_no_serious_accessibility_violation_on_a_phone(demo_site, open_context):
    page = open_context(viewport=PHONE).new_page()
    problems = {}
    for path in paths_to_check():
        page.goto(demo_site.url + path, wait_until="networkidle")
        if found := blocking_violations(page):
            problems[path] = found
    assert problems == {}
