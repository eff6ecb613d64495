"""What must hold across gunicorn workers: the login throttle's count, and one review per duplicate grade POST."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tests.load.client import Browser, hidden_fields
from tests.load.server import Server, write_load_bank
from tests.load.students import sign_up

WORKERS = 3
PER_ACCOUNT = 10  # ThrottleLimits().per_account


@pytest.fixture
def server(tmp_path):
    write_load_bank(tmp_path, 5)
    server = Server(tmp_path, workers=WORKERS)
    server.prepare()
    server.start()
    yield server
    server.stop()


def in_parallel(count: int, action) -> list:
    results: list = [None] * count
    barrier = threading.Barrier(count)

    def run(n: int) -> None:
        barrier.wait()
        results[n] = action(n)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def wrong_login(server: Server, n: int) -> int:
    browser = Browser(server.base_url)
    token = hidden_fields(browser.get("/login")[2], 'method="post"')["csrf_token"]
    return browser.post("/login", {"username": "victim", "password": f"guess {n}", "csrf_token": token})[0]


def test_the_throttle_counts_failures_from_every_worker(server):
    sign_up(Browser(server.base_url), "victim", new_cards=5)
    codes = []
    for _ in range(4):  # 4 rounds of 9 at once: the workers are busy side by side, each hashing a guess
        codes += in_parallel(9, lambda n: wrong_login(server, n))
    checked, refused = codes.count(400), codes.count(429)
    print(f"\nthrottle over {WORKERS} workers: {len(codes)} wrong passwords, {checked} checked, {refused} refused")
    assert checked + refused == len(codes)
    # Per-worker counts would let each worker check 10. Shared, at most the attempts already in flight when
    # the 10th failure was stored (one round) slip past.
    assert PER_ACCOUNT <= checked < PER_ACCOUNT + 9
    assert codes[-9:] == [429] * 9


def test_duplicate_grade_posts_record_one_review(server):
    browser = Browser(server.base_url)
    sign_up(browser, "twice", new_cards=5)
    page = browser.get("/study?deck=load")[2]
    answer = browser.post_then_follow("/study/answer", hidden_fields(page, 'id="answer-form"'))[2]
    fields = {**hidden_fields(answer, 'id="grade-form"'), "rating": "3"}
    codes = in_parallel(6, lambda n: browser.post("/study/grade", fields)[0])
    assert codes == [303] * 6  # the duplicates are told the card was already answered
    with sqlite3.connect(server.database) as con:
        reviews = con.execute(
            "SELECT count(*) FROM review JOIN user ON user.id = review.user_id WHERE username = 'twice'"
        ).fetchone()[0]
    assert reviews == 1
