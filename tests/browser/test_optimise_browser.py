"""Optimise from Settings in a real Chromium: a student with 1,400 reviews presses Optimise and reads the figures."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.db import db
from quizapp.models import User
from tests.browser.conftest import LAPTOP, new_page, register, serve_app
from tests.conftest import make_app
from tests.optimizer.learner import simulated_log, store_log

pytestmark = pytest.mark.browser


@pytest.fixture
def optimise_server(tmp_path):
    """An app of its own (the synthetic deck would show on every other test's home page), served."""
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    server = serve_app(app)
    yield app, next(server)
    next(server, None)


def test_optimise_from_settings_shows_log_loss_and_rmse_before_and_after(browser, optimise_server):
    app, base = optimise_server
    page = new_page(browser, base, LAPTOP)
    username = register(page)
    page.goto("/settings")
    assert page.get_by_role("button", name="Optimise", exact=True).is_disabled()
    assert page.locator("#optimise-needs").inner_text() == "400 more reviews until you can optimise."
    with app.app_context():
        store_log(
            db.session.scalars(db.select(User).where(User.username == username)).one(),
            simulated_log(),
            dt.date(2025, 1, 1),
        )
    page.reload()
    button = page.get_by_role("button", name="Optimise", exact=True)
    assert button.is_enabled()
    button.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    table = page.locator("#optimise-result")
    assert table.locator("caption").inner_text() == "New parameters kept (1400 reviews, 1200 used)"
    rows = [[cell.inner_text() for cell in row.locator("th, td").all()] for row in table.locator("tbody tr").all()]
    assert rows == [["Log loss", "0.3531", "0.3486"], ["RMSE (bins)", "6.87%", "5.96%"]]
    assert "parameters optimised from your own reviews" in page.locator("#fsrs").locator("..").inner_text()
    page.context.close()


def test_optimise_then_browse_suspend_and_custom_study_ahead_of_time(browser, optimise_server):
    """The issue's whole path: optimise from Settings, then browse, suspend a card and study a tag ahead."""
    from tests.browser.test_browse_browser import (
        CLOZE,
        EMBASSY,
        browse_and_suspend,
        custom_study_tag,
        schedule_of,
        study_for_real,
    )

    app, base = optimise_server
    page = new_page(browser, base, LAPTOP)
    username = register(page)
    with app.app_context():
        store_log(
            db.session.scalars(db.select(User).where(User.username == username)).one(),
            simulated_log(),
            dt.date(2025, 1, 1),
        )
    page.goto("/settings")
    with page.expect_navigation():
        page.get_by_role("button", name="Optimise", exact=True).click()
    assert page.locator("#optimise-result caption").inner_text().startswith("New parameters kept")
    study_for_real(page)  # scheduled with the optimised parameters
    before = schedule_of(page, EMBASSY)
    assert before["State"] in ("learning", "review") and before["history rows"] == "1"
    browse_and_suspend(page, CLOZE, shot=False)  # the picture is test_browse_browser's, without this log
    assert custom_study_tag(page, "date") == [EMBASSY]
    assert schedule_of(page, EMBASSY) == before
    assert schedule_of(page, CLOZE)["State"] == "suspended"
    page.context.close()
