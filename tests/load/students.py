"""Students answering cards at once through the real server, and the ledger of what the server acknowledged."""

from __future__ import annotations

import http.client
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.load.client import Browser, hidden_fields

PASSWORD = "load test passphrase"
# What a client sees of a server killed mid-request: a refused or reset connection, or a cut-off reply.
DISCONNECTED = (OSError, http.client.HTTPException)


@dataclass
class Ledger:
    """Every grade sent, and those the server acknowledged (a 303), shared by the student threads."""

    acknowledged: list[tuple[str, str, int, int]] = field(default_factory=list)  # (student, question, reps, grade)
    unanswered: list[tuple[str, str, int, int]] = field(default_factory=list)  # sent, no reply: the server died
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, student: str) -> int:
        with self.lock:
            return sum(1 for entry in self.acknowledged if entry[0] == student)


class ServerGone(Exception):
    """The server stopped answering (it was killed)."""


def _call(browser: Browser, method: str, path: str, fields: dict[str, str] | None = None) -> tuple[int, str, str]:
    try:
        return browser.request(method, path, fields)
    except DISCONNECTED as error:
        raise ServerGone(str(error)) from error


def sign_up(browser: Browser, name: str, new_cards: int) -> None:
    """Register through the form and allow `new_cards` new cards a day."""
    token = hidden_fields(_call(browser, "GET", "/register")[2], 'method="post"')["csrf_token"]
    status, _, _ = _call(
        browser, "POST", "/register", {"username": name, "password": PASSWORD, "confirm": PASSWORD, "csrf_token": token}
    )
    assert status == 302, f"registering {name}: {status}"
    token = hidden_fields(_call(browser, "GET", "/settings")[2], 'method="post"')["csrf_token"]
    status, _, _ = _call(
        browser,
        "POST",
        "/settings",
        {
            "desired_retention": "0.9",
            "new_cards_per_day": str(new_cards),
            "reviews_per_day": "9999",
            "timezone": "UTC",
            "day_starts_at_hour": "4",
            "csrf_token": token,
        },
    )
    assert status == 302, f"settings of {name}: {status}"


def answer_cards(browser: Browser, name: str, cards: int, ledger: Ledger, rng: random.Random) -> None:
    """Answer until the server acknowledged `cards` grades for this student: show, reveal, grade."""
    while ledger.count(name) < cards:
        _, _, page = _call(browser, "GET", "/study?deck=load")
        if "No more cards today" in page:
            raise AssertionError(f"{name} ran out of cards")
        try:
            status, _, answer_page = browser.post_then_follow("/study/answer", hidden_fields(page, 'id="answer-form"'))
        except DISCONNECTED as error:
            raise ServerGone(str(error)) from error
        assert status == 200, f"answer: {status}"
        fields = hidden_fields(answer_page, 'id="grade-form"')
        grade = rng.choice((1, 2, 3, 4))
        entry = (name, fields["question_id"], int(fields["reps"]), grade)
        try:
            status, location, _ = browser.request("POST", "/study/grade", {**fields, "rating": str(grade)})
        except DISCONNECTED as error:
            with ledger.lock:
                ledger.unanswered.append(entry)
            raise ServerGone(str(error)) from error
        assert status == 303 and location.startswith("/study"), f"grade: {status} {location}"
        with ledger.lock:
            ledger.acknowledged.append(entry)


def run_students(
    browsers: dict[str, Browser],
    cards: int,
    ledger: Ledger,
    new: set[str],
    watcher: Callable[[threading.Event], None] | None = None,
) -> list[str]:
    """Run every student in its own thread at once (those in `new` register first); return those a dead server
    stopped.

    `watcher`, if given, runs beside them (to kill the server mid-load) and is told when they are done.
    """
    stopped: list[str] = []
    failures: list[BaseException] = []

    def student(name: str, browser: Browser) -> None:
        rng = random.Random(name)
        try:
            if name in new:
                sign_up(browser, name, new_cards=cards * 2)
            answer_cards(browser, name, cards, ledger, rng)
        except ServerGone:
            stopped.append(name)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=student, args=item) for item in browsers.items()]
    done = threading.Event()
    watching = threading.Thread(target=watcher, args=(done,)) if watcher else None
    for thread in [*threads, *([watching] if watching else [])]:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    if watching:
        watching.join()
    with ledger.lock:
        ledger.requests = sum(b.requests for b in browsers.values())
    if failures:
        raise failures[0]
    return stopped
