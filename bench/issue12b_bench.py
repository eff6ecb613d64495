"""Issue 12b figures: optimiser time by log size, search time on the committed bank, /stats cost of the year views.

Run: .venv/bin/python bench/issue12b_bench.py  (a few seconds; prints one line per figure; not part of make test).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.db import db  # noqa: E402
from quizapp.export.revlog import HistoryEntry  # noqa: E402
from quizapp.history import import_history  # noqa: E402
from quizapp.optimizer import DEFAULT_PARAMETERS, optimal_retention, optimise_events  # noqa: E402
from quizapp.search import refresh_index, search_questions  # noqa: E402
from quizapp.stats import study_stats  # noqa: E402
from quizapp.yearstats import year_stats  # noqa: E402
from tests.conftest import make_app  # noqa: E402
from tests.factories import make_user  # noqa: E402
from tests.optimizer.learner import add_questions, simulated_log  # noqa: E402


def best(function, runs: int = 5) -> float:
    """Return the best of `runs` timings of function(), in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    """Print each figure."""
    for cards in (200, 2000, 7000):
        events = simulated_log(cards=cards)
        print(f"optimise {len(events)} reviews: {best(lambda: optimise_events(events, DEFAULT_PARAMETERS), 3):.0f} ms")  # noqa: B023 - timed in this iteration
    print(f"optimal retention: {best(lambda: optimal_retention(DEFAULT_PARAMETERS, 20, 200), 3):.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder), questions_dir=ROOT / "questions")
        with app.app_context():
            print(
                f"questions indexed: {len(search_questions(db.session, 'the'))} match 'the'; "
                f"full refresh of an unchanged index: {best(lambda: refresh_index(db.session)):.1f} ms"
            )
            for words in ("Kuwaït", "embasy Kuwait", "Palestinian refugees"):
                print(f"search {words!r}: {best(lambda: search_questions(db.session, words)):.1f} ms")  # noqa: B023 - timed in this iteration
            user = make_user("bench")
            # Three new cards a day for 400 days, imported as a history so that every review has its real state.
            events = [e for e in simulated_log(cards=1200, new_per_day=3) if e.day < 400]
            noon = dt.datetime.combine(dt.date.today() - dt.timedelta(days=400), dt.time(12), dt.UTC)
            add_questions(sorted({e.card for e in events}))
            db.session.commit()
            import_history(
                db.session,
                user,
                [HistoryEntry(f"quizapp:{e.card}", noon + dt.timedelta(days=e.day), e.rating, 8000) for e in events],
            )
            now = dt.datetime.now(dt.UTC)
            base = best(lambda: study_stats(db.session, user, now))
            extra = best(lambda: year_stats(db.session, user, now.date()))
            print(
                f"/stats with {len(events)} reviews: study_stats {base:.1f} ms, year views {extra:.1f} ms "
                f"(ratio {extra / base:.2f})"
            )
            db.engine.dispose()


if __name__ == "__main__":
    main()
