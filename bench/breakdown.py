"""Where one page's time goes: each step of a request wrapped and its wall time summed over many requests.

Run: .venv/bin/python bench/breakdown.py [--size small] [--user 1] [--rounds 200] "floor" "GET /study" ...
(the labels of bench/pages.py's student_requests, or "floor"). Prints each step's mean milliseconds per request;
steps nest (the connection checkout is inside the user's load). This is how docs/benchmarks.md's table of the
fixed per-request cost was made (issue 13g); the wrappers add a microsecond or so per step.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.orm import Session

from bench.floors import FLOOR_PATH
from bench.pages import logged_in, school_app, student_requests
from bench.school import SIZES
from quizapp.db import db
from quizapp.extensions import login_manager

STEPS = {
    "quizapp.web.study.views": (
        "next_question",
        "card_progress",
        "study_left",
        "card_for",
        "undo_available",
        "render_template",
        "AnswerForm",
        "UndoForm",
        "record_review",
        "undo_last_review",
        "live_question",
    ),
    "quizapp.web.decks.views": (
        "deck_listing",
        "deck_counts",
        "today_for",
        "decks_assigned_to",
        "classes_joined",
        "render_template",
        "deck_tags",
        "search_questions",
        "deck_questions",
        "study_counts",
    ),
    "quizapp.web.stats.views": ("study_stats", "year_stats", "year_section", "drawn_charts", "render_template"),
    "quizapp.queue": (
        "today_for",
        "_first_learning",
        "_due_counts",
        "review_statement",
        "read",
        "_first_new",
        "queue_params",
    ),
    "flask_wtf.csrf": ("generate_csrf",),
}
spent: dict[str, float] = {}


def timed(label: str, function: Callable) -> Callable:
    """Return `function`, adding its wall time to spent[label] on every call."""

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    return wrapper


def wrap_steps(app) -> None:
    """Wrap the user's load, the cookie session, the commit and every step of STEPS."""
    for module_name, names in STEPS.items():
        module = importlib.import_module(module_name)
        for name in names:
            if hasattr(module, name):
                setattr(module, name, timed(f"{module_name.rsplit('.', 2)[-2]}.{name}", getattr(module, name)))
    loader = login_manager._user_callback

    def load_user(user_id: str):
        start = time.perf_counter()
        db.session.connection()
        spent["  of which the connection's checkout"] = spent.get("  of which the connection's checkout", 0.0) + (
            time.perf_counter() - start
        )
        return loader(user_id)

    login_manager._user_callback = timed("Flask-Login loads the user", load_user)
    for name in ("open_session", "save_session"):
        setattr(app.session_interface, name, timed(f"cookie session {name}", getattr(app.session_interface, name)))
    Session.commit = timed("session commit", Session.commit)  # type: ignore[method-assign]
    Session.close = timed("session close (teardown)", Session.close)  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--size", default="small", choices=sorted(SIZES))
    parser.add_argument("--user", type=int, default=1, help="1: the heavy student, 2: a light one")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    app = school_app(Path(tempfile.mkdtemp()), SIZES[args.size])
    wrap_steps(app)
    client = logged_in(app, args.user)
    requests = student_requests(client)
    for label in args.pages:
        action = (lambda: client.get(FLOOR_PATH)) if label == "floor" else requests[label]
        for _ in range(30):
            action()
        spent.clear()
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        print(f"== {label}: median {statistics.median(times) * 1000:.2f} ms")
        for step, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"   {seconds / args.rounds * 1000:7.3f} ms  {step}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
