"""Time every page a student uses, for a heavy and a light user, interleaved with the two floors.

Each round runs the bare-Flask floor, the same-app floor and then every page once, so a burst of noise on
this shared machine hits floors and pages alike; the ratios to the same-app floor are what to compare.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from bench.floors import FLOOR_PATH, bare_app, bench_app
from bench.school import SchoolSize, build_school
from quizapp.db import db, utcnow
from quizapp.migrating import upgrade_database
from tests.load.client import hidden_fields

HEAVY, LIGHT = 1, 2
# Two words that match one question of the deck at 1,000 and 10,000 questions, two at 100,000 ("301"* also
# matches 30101): the search's cost, not a page that lists more matches as the deck grows. "event" is long
# enough for the typo search. (Until 13f: "event year", on an empty index, which matched nothing.)
SEARCH = "/decks/deck-0001?q=event+301"
# Issue 13's targets for a page at school size: median and p99 in ms, and the median over the same-app floor.
MEDIAN_TARGET, P99_TARGET, RATIO_TARGET = 5.0, 20.0, 3.0


@dataclass(frozen=True)
class Timing:
    """Median and 99th percentile of one request, in milliseconds."""

    median: float
    p99: float

    @classmethod
    def of(cls, times: list[float]) -> Timing:
        """Summarise wall times in seconds."""
        ordered = sorted(times)
        return cls(statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000)


def school_app(folder: Path, size: SchoolSize, database_url: str | None = None) -> Flask:
    """Return the bench app on a new database (SQLite in `folder` unless a URL is given) holding the school."""
    (folder / "questions").mkdir(parents=True, exist_ok=True)
    app = bench_app(
        {
            "SECRET_KEY": "bench",
            "INSTANCE_PATH": str(folder / "instance"),
            "SQLALCHEMY_DATABASE_URI": database_url or f"sqlite:///{folder / 'school.sqlite'}",
            "QUESTIONS_DIR": folder / "questions",
            "ARTICLES_DIR": folder / "seeds",
            "PROJECT_ROOT": folder,
        }
    )
    upgrade_database(app)
    with app.app_context():
        build_school(db.session, size, utcnow())
    return app


def logged_in(app: Flask, user_id: int) -> FlaskClient:
    """Return a client holding a session of the user (session version 1, as the school made it)."""
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"], session["_fresh"] = f"{user_id}.1", True
    return client


def student_requests(client: FlaskClient) -> dict[str, Callable[[], object]]:
    """Return the requests to time for one student, each checked for its status code."""
    page = client.get("/study").get_data(as_text=True)
    answer = {**hidden_fields(page, 'action="/study/answer"'), "answer": "1999"}
    undo = hidden_fields(page, 'action="/study/undo"')

    def expect(status: int, response) -> None:
        assert response.status_code == status, (response.status_code, response.request.path)

    def grade_form() -> dict[str, str]:
        client.post("/study/answer", data=answer)
        return {
            **hidden_fields(client.get("/study/answer").get_data(as_text=True), 'action="/study/grade"'),
            "rating": "3",
        }

    grade = grade_form()

    def grade_then_undo() -> tuple[float, float]:
        start = time.perf_counter()
        expect(303, client.post("/study/grade", data=grade))
        middle = time.perf_counter()
        expect(303, client.post("/study/undo", data=undo))
        return middle - start, time.perf_counter() - middle

    return {
        "GET /study": lambda: expect(200, client.get("/study")),
        "POST /study/answer": lambda: expect(303, client.post("/study/answer", data=answer)),
        "GET / (home)": lambda: expect(200, client.get("/")),
        "GET /stats": lambda: expect(200, client.get("/stats")),
        "deck page with search": lambda: expect(200, client.get(SEARCH)),
        "POST /study/grade + undo": grade_then_undo,
    }


def measure_pages(app: Flask, rounds: int = 200, users: dict[str, int] | None = None) -> dict[str, dict[str, Timing]]:
    """Time the floors and every page for each user over `rounds` interleaved rounds."""
    users = users or {"heavy": HEAVY, "light": LIGHT}
    bare, floor_clients = bare_app().test_client(), {name: logged_in(app, uid) for name, uid in users.items()}
    requests = {name: student_requests(client) for name, client in floor_clients.items()}
    times: dict[str, dict[str, list[float]]] = {name: {} for name in users}
    floors: dict[str, list[float]] = {"bare Flask": [], "same-app floor": []}
    for _ in range(rounds):
        floors["bare Flask"].append(_timed(lambda: bare.get("/")))
        floors["same-app floor"].append(
            _timed(lambda: floor_clients["heavy" if "heavy" in users else next(iter(users))].get(FLOOR_PATH))
        )
        for name, pages in requests.items():
            for label, action in pages.items():
                start = time.perf_counter()
                result = action()
                if isinstance(result, tuple):  # grade and undo, timed apart inside
                    times[name].setdefault("POST /study/grade", []).append(result[0])
                    times[name].setdefault("POST /study/undo", []).append(result[1])
                else:
                    times[name].setdefault(label, []).append(time.perf_counter() - start)
    summary = {name: {label: Timing.of(values) for label, values in pages.items()} for name, pages in times.items()}
    summary["floors"] = {label: Timing.of(values) for label, values in floors.items()}
    return summary


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    response = action()
    assert response.status_code == 200, response.status_code
    return time.perf_counter() - start


def today_utc() -> dt.datetime:
    """Return now, as the school was built (helper for callers that print it)."""
    return utcnow()


def mark(ok: bool) -> str:
    """Return a table cell saying whether a target is met, a miss in bold."""
    return "yes" if ok else "**no**"


def target_marks(timing: Timing, floor_median: float) -> str:
    """Return the three target cells of a page's row: median, p99, and median over the same-app floor."""
    ratio = timing.median / floor_median
    return f"{mark(timing.median < MEDIAN_TARGET)} | {mark(timing.p99 < P99_TARGET)} | {mark(ratio < RATIO_TARGET)}"
