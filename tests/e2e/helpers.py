"""What the browser tests share: the demo's accounts, signing in, axe-core, what to visit."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from campaign_pages.models import CampaignPage, CampaignStatus

# The demo's accounts, all with the demo's published password.
DEMO_PASSWORD = "agora-demo"  # noqa: S105
RESIDENT = "habitant@agora.test"
NEIGHBOUR = "karim@agora.test"
EDITOR = "redaction@agora.test"
MODERATOR = "moderation@agora.test"

BLOCKING = {"serious", "critical"}


def sign_in(page, base_url, email, then="/"):
    """Signs in through the sign-in form and lands on `then`."""
    page.goto(f"{base_url}/compte/connexion/?next={then}")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page).to_have_url(base_url + then)


def blocking_violations(page):
    """axe-core's serious and critical findings on the page, one line each."""
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


def assert_accessible(page, problems):
    """Notes the page's blocking violations in `problems`, by address, to assert at the end."""
    if found := blocking_violations(page):
        problems[page.url] = found


# What the browser tests look up in the database: which campaign to visit.


def campaigns_with(block_type):
    live = CampaignPage.objects.live().order_by("path")
    return [c for c in live if any(block.block_type == block_type for block in c.body)]


def open_campaign_with_current_step():
    """A campaign in progress whose timeline marks a current step, as the home page lists it."""
    for campaign in campaigns_with("timeline"):
        if campaign.status != CampaignStatus.OPEN:
            continue
        for block in campaign.body:
            if block.block_type == "timeline" and any(
                step["state"] == "current" for step in block.value.dated_steps()
            ):
                return campaign
    raise AssertionError("no open campaign with a current timeline step in the content")


def campaign_with_documents():
    for campaign in campaigns_with("documents"):
        for block in campaign.body:
            if block.block_type == "documents" and block.value["documents"]:
                return campaign
    raise AssertionError("no campaign with a documents block in the content")
