"""The full load and crash run on the real gunicorn: 50 students × 40 cards at once, then kill -9 and restart.

Run: .venv/bin/python bench/load_bench.py [--students 50] [--cards 40] [--workers 3]
Prints the requests, answers acknowledged and lost, card states differing from the replay of their reviews
and SQLite's integrity check, for the load phase and for the crash phase; exits 1 if anything was lost.
The suite runs the same code at 30 × 20 (tests/load/test_gunicorn_load.py). Loopback (127.0.0.1) only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.load.run import load_and_crash


def main() -> int:
    """Run the load and crash phases and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--cards", type=int, default=40)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = load_and_crash(Path(folder), args.students, args.cards, args.workers)
    for line in report.lines():
        print(line)
    sound = all(f.lost == 0 and f.cards_differing == 0 and f.integrity == "ok" for f in (report.load, report.crash))
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
