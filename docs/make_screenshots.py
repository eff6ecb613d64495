"""Take the screenshots of issue 12b (the optimiser's result, the year heatmap) into docs/screenshots/.

Run with `make screenshots`: a throwaway app with the sample bank, a student whose year of reviews comes from
the synthetic learner of tests/optimizer, Optimise pressed in a real Chromium. Not part of `make test`:
the tests never rewrite these tracked files.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from quizapp.db import db  # noqa: E402
from quizapp.export.revlog import HistoryEntry  # noqa: E402
from quizapp.history import import_history  # noqa: E402
from quizapp.models import User  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, LAPTOP, new_page, register, serve_app  # noqa: E402
from tests.conftest import make_app  # noqa: E402
from tests.optimizer.learner import add_questions, simulated_log  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    """Serve a throwaway app, fill a student's year, optimise, and save the two pictures."""
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder), WTF_CSRF_ENABLED=True)
        server = serve_app(app)
        base = next(server)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = new_page(browser, base, LAPTOP)
            username = register(page)
            # Three new cards a day for a year, the log cut at today: the heatmap's year, fully studied.
            events = [event for event in simulated_log(cards=1095, new_per_day=3) if event.day <= 364]
            first = dt.date.today() - dt.timedelta(days=364)
            # Brought in as a review history, so that every card is replayed into a real schedule.
            noon = dt.datetime.combine(first, dt.time(12), dt.UTC)
            entries = [
                HistoryEntry(f"quizapp:{e.card}", noon + dt.timedelta(days=e.day), e.rating, 8000) for e in events
            ]
            with app.app_context():
                add_questions(sorted({event.card for event in events}))
                db.session.commit()
                user = db.session.scalars(db.select(User).where(User.username == username)).one()
                import_history(db.session, user, entries)
            page.goto("/settings")
            with page.expect_navigation():
                page.get_by_role("button", name="Optimise", exact=True).click()
            page.locator("#fsrs").locator("..").screenshot(path=str(OUT / "optimise.png"))
            page.goto("/stats")
            page.locator("#heatmap-heading").locator("..").screenshot(path=str(OUT / "heatmap.png"))
            page.locator("#retention-heading").locator("..").screenshot(path=str(OUT / "retention.png"))
            browser.close()
        next(server, None)
    print(f"wrote optimise.png, heatmap.png and retention.png to {OUT}")


if __name__ == "__main__":
    main()
