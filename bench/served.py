"""Throughput under the real gunicorn (`quizapp serve`'s settings): a study mix against the same-app floor route.

Students log in, then each loops: GET /study, POST /study/answer, GET /study/answer, POST /study/grade.
The floor phase sends GET /_bench/floor with the same cookies. Phases alternate floor, mix, floor, and the
floor figure is the mean of its two phases. Loopback (127.0.0.1) only; every loop stops after `seconds`.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from bench.floors import FLOOR_PATH
from bench.school import PASSWORD
from tests.load.client import Browser, hidden_fields
from tests.load.server import Server

BENCH_ROOT = Path(__file__).resolve().parent.parent


def log_in(base_url: str, user_id: int) -> Browser:
    """Return a browser logged in as student<user_id> through the real login form."""
    browser = Browser(base_url)
    fields = hidden_fields(browser.get("/login")[2], 'method="post"')
    status, _, _ = browser.post("/login", {**fields, "username": f"student{user_id}", "password": PASSWORD})
    assert status == 302, status
    return browser


def study_once(browser: Browser) -> int:
    """Answer and grade one card as a student does; return the requests sent."""
    page = browser.get("/study")[2]
    answer = hidden_fields(page, 'action="/study/answer"')
    if "question_id" not in answer:
        return 1  # nothing left today for this student
    browser.post("/study/answer", {**answer, "answer": "1999"})
    grade = hidden_fields(browser.get("/study/answer")[2], 'action="/study/grade"')
    browser.post("/study/grade", {**grade, "rating": "3"})
    return 4


def _phase(browsers: list[Browser], seconds: float, step) -> float:
    """Run `step(browser)` in one thread per browser for `seconds`; return requests per second."""
    counts = [0] * len(browsers)
    deadline = time.monotonic() + seconds

    def run(n: int) -> None:
        while time.monotonic() < deadline:
            counts[n] += step(browsers[n])

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(browsers))]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.monotonic() - start)


def floor_once(browser: Browser) -> int:
    status = browser.get(FLOOR_PATH)[0]
    assert status == 200, status
    return 1


def served_throughput(
    folder: Path, database_url: str, workers: int = 2, students: int = 4, seconds: float = 8.0, gunicorn_args: str = ""
) -> dict[str, float]:
    """Serve the school in `folder` with gunicorn and return floor and study-mix requests per second.

    `gunicorn_args` (e.g. "--worker-class gthread --threads 2") override quizapp serve's settings, through
    gunicorn's own GUNICORN_CMD_ARGS.
    """
    (folder / "questions").mkdir(exist_ok=True)
    os.environ["PYTHONPATH"] = str(BENCH_ROOT)  # so that gunicorn can import bench.floors
    server = Server(
        folder, workers=workers, as_served=True, app_spec="bench.floors:served_floor_app()", database_url=database_url
    )
    started = time.monotonic()
    os.environ["GUNICORN_CMD_ARGS"] = gunicorn_args
    try:
        server.start()
    finally:
        del os.environ["GUNICORN_CMD_ARGS"]
    try:
        first = Browser(server.base_url).get("/login")[0]
        assert first == 200, first
        startup = time.monotonic() - started
        browsers = [log_in(server.base_url, 2 + n) for n in range(students)]
        floor_before = _phase(browsers, seconds, floor_once)
        mix = _phase(browsers, seconds, study_once)
        floor_after = _phase(browsers, seconds, floor_once)
    finally:
        server.stop()
    floor = (floor_before + floor_after) / 2
    return {
        "floor": floor,
        "mix": mix,
        "ratio": mix / floor,
        "startup": startup,
        "workers": workers,
        "students": students,
    }
