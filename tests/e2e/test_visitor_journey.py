"""A resident browses the site with a real browser: mouse, keyboard, downloads, a phone."""

import mimetypes
from urllib.parse import urlparse

import pytest

from .conftest import PHONE
from .helpers import campaign_with_documents, open_campaign_with_current_step

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
FOCUSED_IS_TIMELINE = "document.activeElement.matches('.timeline__scroller, [role=region]')"


def tab_until(page, condition, limit=80):
    """Presses Tab until `condition` (JavaScript) holds for the focused element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return True
    return False


def test_visitor_clicks_from_home_to_a_campaign_and_tabs_into_its_timeline(demo_site, page):
    campaign = open_campaign_with_current_step()
    page.goto(demo_site.url + "/")
    page.get_by_role("link", name=campaign.title, exact=True).first.click()
    page.wait_for_url(f"**{campaign.url}")
    assert page.get_by_role("heading", level=1).inner_text().strip() == campaign.title

    assert tab_until(
        page,
        FOCUSED_IS_TIMELINE + " && document.activeElement.querySelector"
        "('[aria-current=step]') !== null",
    ), "the timeline never took the focus"

    timeline = page.locator(":focus")
    assert "Frise chronologique" in (timeline.get_attribute("aria-label") or "")
    current = timeline.locator('[aria-current="step"]')
    assert current.count() == 1
    assert "Nous en sommes là" in current.inner_text()
    outline = timeline.evaluate(
        "el => { const s = getComputedStyle(el);"
        " return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }"
    )
    assert outline, "the focused timeline shows no focus indicator"


def test_a_keyboard_user_scrolls_the_timeline_sideways(demo_site, open_context):
    campaign = open_campaign_with_current_step()
    page = open_context(viewport={"width": 1024, "height": 800}).new_page()
    page.goto(demo_site.url + campaign.url)
    scroller = page.locator(".timeline__scroller").first
    overflows = scroller.evaluate("el => el.scrollWidth > el.clientWidth + 1")
    if not overflows:
        pytest.skip("the timeline fits in the window: nothing to scroll")
    scroller.focus()
    page.keyboard.press("Home")
    start = scroller.evaluate("el => el.scrollLeft")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([el, start]) => el.scrollLeft > start", arg=[scroller.element_handle(), start]
    )


def test_a_document_link_downloads_the_document(demo_site, page):
    campaign = campaign_with_documents()
    page.goto(demo_site.url + campaign.url)
    link = page.locator("a.doc-link").first
    href = link.get_attribute("href")
    assert "/documents/" in href

    response = page.request.get(demo_site.url + href if href.startswith("/") else href)

    assert response.status == 200
    body = response.body()
    assert len(body) > 0
    expected_type, _ = mimetypes.guess_type(urlparse(href).path)
    assert response.headers["content-type"].split(";")[0] == expected_type
    if expected_type == "application/pdf":
        assert body.startswith(b"%PDF")
    link_text = link.inner_text()
    extension = urlparse(href).path.rsplit(".", 1)[-1].upper()
    assert extension in link_text.upper(), "the link does not announce the file format"


def test_pages_load_nothing_from_another_host(demo_site, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    campaign = open_campaign_with_current_step()
    for path in ("/", "/campagnes/", campaign.url, "/recherche/?q=parc"):
        page.goto(demo_site.url + path, wait_until="networkidle")

    assert requested, "no request was recorded"
    outside = [
        url
        for url in requested
        if urlparse(url).scheme in {"http", "https", "ws", "wss"}
        and urlparse(url).hostname not in LOCAL_HOSTS
    ]
    assert outside == []


def test_a_campaign_page_fits_a_phone_screen(demo_site, open_context):
    page = open_context(viewport=PHONE).new_page()
    campaign = open_campaign_with_current_step()
    for path in (campaign.url, "/", "/campagnes/"):
        page.goto(demo_site.url + path, wait_until="networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"] + 1, f"{path} is {width}px wide on a 390px phone"
