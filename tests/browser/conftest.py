"""Browser fixtures: the app served on 127.0.0.1 from a thread, and one headless Debian Chromium per session."""

from __future__ import annotations

import itertools
import os
import tempfile
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from quizapp.db import db
from tests.conftest import session_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A test run writes its screenshots to a temporary folder, so `make test` leaves the checkout clean;
# `make screenshots` sets QUIZAPP_SCREENSHOTS to docs/screenshots to refresh the committed ones.
SCREENSHOTS = Path(os.environ.get("QUIZAPP_SCREENSHOTS") or tempfile.mkdtemp(prefix="quizapp-screenshots-"))
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
PASSWORD = "correct horse battery"
_usernames = itertools.count(1)


def serve(folder):
    """Serve the app with the sample bank and CSRF on, by werkzeug on a free port; yield its base URL."""
    yield from serve_app(session_app(folder, WTF_CSRF_ENABLED=True))


def serve_app(app):
    """Serve an app by werkzeug from a thread on a free port; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """The app served for the whole session; yields its base URL."""
    yield from serve(tmp_path_factory.mktemp("live"))


@pytest.fixture(scope="session")
def a11y_app(tmp_path_factory):
    """The app the accessibility tests use, apart from live_server so their accounts shift no user id there."""
    return session_app(tmp_path_factory.mktemp("a11y"), WTF_CSRF_ENABLED=True)


@pytest.fixture(scope="session")
def a11y_server(a11y_app):
    """The accessibility tests' app, served for the whole session; yields its base URL."""
    yield from serve_app(a11y_app)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser, base_url: str, viewport: dict, javascript: bool = True, color_scheme: str = "light"):
    """Open a fresh browser context (own cookies) at the given size and colour scheme, with or without JavaScript."""
    context = browser.new_context(
        base_url=base_url,
        viewport=viewport,
        java_script_enabled=javascript,
        is_mobile=viewport is PHONE,
        has_touch=viewport is PHONE,
        device_scale_factor=1,
        color_scheme=color_scheme,
    )
    # A bound for a hung page, not a speed check: on two cores shared with the rest of the suite a Check or
    # a Preview that validates the whole bank has taken over 10 s.
    context.set_default_timeout(30_000)
    return context.new_page()


def register(page, prefix: str = "student") -> str:
    """Create a fresh account through the real register page; return its username."""
    username = f"{prefix}{next(_usernames)}"
    page.goto("/register")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Create account").click()
    return username


def screenshot(page, name: str) -> Path:
    """Save a screenshot of the viewport in SCREENSHOTS (docs/screenshots/ under `make screenshots`)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
