"""A student's GET /study while 16 threads flood one account with wrong passwords, on the real gunicorn.

Run: .venv/bin/python bench/login_flood_bench.py [--threads 16] [--samples 100]
Prints the student's median GET /study alone and during the flood, their ratio, and how many flood attempts
were refused (429) rather than hashed. Loopback (127.0.0.1) only; the flood stops with the measurement.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.load.client import Browser, hidden_fields
from tests.load.server import Server, write_load_bank
from tests.load.students import sign_up


def median_study_ms(browser: Browser, samples: int) -> float:
    """Return the median time of the student's GET /study, in milliseconds."""
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        status, _, _ = browser.get("/study?deck=load")
        times.append((time.perf_counter() - started) * 1000)
        assert status == 200
    return statistics.median(times)


def flood(base_url: str, stop: threading.Event, codes: list[int]) -> None:
    """Post wrong passwords for the victim until told to stop (bounded by the measurement's length)."""
    browser = Browser(base_url)
    token = hidden_fields(browser.get("/login")[2], 'method="post"')["csrf_token"]
    while not stop.is_set():
        codes.append(browser.post("/login", {"username": "victim", "password": "wrong guess", "csrf_token": token})[0])


def main() -> None:
    """Measure alone, then under the flood, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--samples", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        write_load_bank(Path(folder), 5)
        server = Server(Path(folder))
        server.prepare()
        server.start()
        try:
            sign_up(Browser(server.base_url), "victim", new_cards=5)
            student = Browser(server.base_url)
            sign_up(student, "student", new_cards=5)
            alone = median_study_ms(student, args.samples)
            stop, codes = threading.Event(), []
            flooders = [
                threading.Thread(target=flood, args=(server.base_url, stop, codes)) for _ in range(args.threads)
            ]
            for thread in flooders:
                thread.start()
            time.sleep(1)  # let the first ten failures through and the refusals begin
            during = median_study_ms(student, args.samples)
            stop.set()
            for thread in flooders:
                thread.join()
        finally:
            server.stop()
    print(
        f"GET /study median alone {alone:.1f} ms, during a {args.threads}-thread login flood {during:.1f} ms "
        f"(ratio {during / alone:.2f}); flood: {len(codes)} attempts, {codes.count(400)} hashed, "
        f"{codes.count(429)} refused with 429"
    )


if __name__ == "__main__":
    main()
