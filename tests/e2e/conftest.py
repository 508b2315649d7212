"""A real browser (Debian's chromium, driven by Playwright) against pytest-django's live server."""

import io
import os
import pathlib

import pytest
from django.core.management import call_command, get_commands
from playwright.sync_api import sync_playwright

from .content import build_small_site

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from that
# thread are safe here (one test at a time), so lift Django's guard against async contexts.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = pathlib.Path("/usr/bin/chromium")
# Without the networking flags Chromium calls Google's services in the background.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def open_context(browser):
    """Opens browser contexts (a fresh profile each) and closes them after the test."""
    contexts = []

    def open_(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, locale="fr-FR", accept_downloads=True)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_context):
    return open_context().new_page()


@pytest.fixture
def demo_site(restored_db, live_server):
    """The demo content when its loader exists, otherwise a small site built with factories."""
    if "load_demo" in get_commands():
        call_command("load_demo", stdout=io.StringIO())
    else:
        build_small_site()
    return live_server
