"""A real browser (Debian's chromium, driven by Playwright) against a live server of the demo.

The demo is loaded once for all the browser tests and committed for real: the tests do not use
pytest-django's transactional_db (which empties every table after each test), so each test
sees what the tests before it wrote. They are written for that: each one uses its own objects
(a new contribution, argument, account or campaign) or reads counts before acting. When the
last browser test is done, the database is put back to what the migrations left.
"""

import io
import os
import pathlib

import pytest
from django.core.management import call_command, get_commands
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings
from playwright.sync_api import sync_playwright

from ..helpers.database import restore
from .content import build_small_site

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from that
# thread are safe here (one test at a time), so lift Django's guard against async contexts.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


class OneRequestAtATimeServer(WSGIServer):
    """The live server, serving one request at a time.

    On SQLite the test database lives in memory, and every thread of the live server shares its
    one connection: two requests at once (a page and a form sent while it loads) could interleave
    their savepoints on it and fail with "no such savepoint". PostgreSQL would not mind, but the
    browser tests run on SQLite. Django closes each response's connection when the server is not
    threaded, so browsers simply open a new one."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The live server's thread already uses the test thread's connections (run()).
        self.connections_override = connections_override


LiveServerThread.server_class = OneRequestAtATimeServer

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


@pytest.fixture(scope="package")
def demo_media(tmp_path_factory):
    """One media folder for the demo's documents and images, kept for every browser test."""
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def media_root(demo_media):
    """Replaces the folder-per-test of tests/conftest.py: the demo's files stay where it put
    them."""
    return demo_media


@pytest.fixture(autouse=True)
def _live_server_helper():
    """Replaces pytest-django's fixture of this name, which gives each test that uses the live
    server an empty transactional database: here the demo, loaded once, stays for all."""
    yield


@pytest.fixture(scope="package")
def demo_site(migrated_rows, demo_media, live_server, django_db_blocker):
    """The demo content (or, without its loader, a small site built with factories), loaded
    once and served by the live server for every browser test. Database access stays open for
    the tests, which look up what they visit."""
    with override_settings(MEDIA_ROOT=demo_media), django_db_blocker.unblock():
        restore(migrated_rows, empty_first=True)
        if "load_demo" in get_commands():
            call_command("load_demo", stdout=io.StringIO())
        else:
            build_small_site()
        yield live_server
        restore(migrated_rows, empty_first=True)
