"""Time the card browser (/browse) on a bank of 10,000 questions, as ratios to the same-app floor in the same run.

Run: .venv/bin/python bench/browse_bench.py [--questions N] [--rounds N]   (make bench runs it as a section)
The browser pages in SQL (LIMIT/OFFSET and one count), so a page should cost a small multiple of the floor
however large the bank; a page that read every question into Python would cost hundreds of times it.
Each round times the floor and then every URL once, so noise hits them alike.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.floors import FLOOR_PATH, bench_app
from bench.pages import Timing, target_marks
from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.sync import sync_bank

ROOT = Path(__file__).resolve().parent.parent
URLS = [
    "/browse",
    "/browse?sort=state&desc=y&page=150",
    "/browse?q=question+7+99",
    "/browse?tag=t7&sort=question",
    "/browse?state=new&page=100",
]
PASSWORD = "correct horse battery"


def bank(folder: Path, questions: int) -> None:
    """Write `questions` flashcards in ten decks, each with one of twenty tags."""
    folder.mkdir()
    per_deck = questions // 10
    for d in range(10):
        rows = [
            {
                "id": f"big-{d}-{n:05d}",
                "type": "flashcard",
                "prompt": f"Question {d} {n}",
                "answer": f"A{n}",
                "tags": [f"t{n % 20}"],
            }
            for n in range(per_deck)
        ]
        (folder / f"big{d}.yaml").write_text(yaml.safe_dump({"deck": f"Big {d}", "questions": rows}), encoding="utf-8")


def browse_lines(questions: int = 10_000, rounds: int = 50) -> list[str]:
    """Build the bank, log a student in, and return a markdown table of each browser URL against the floor."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bank(folder / "questions", questions)
        app = bench_app(
            {
                "SECRET_KEY": "bench",
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite'}",
                "QUESTIONS_DIR": folder / "questions",
                "ARTICLES_DIR": ROOT / "seeds",
                "PROJECT_ROOT": ROOT,
                "WTF_CSRF_ENABLED": False,
                "INSTANCE_PATH": str(folder),
            }
        )
        upgrade_database(app)
        with app.app_context():
            sync_bank(db.session, folder / "questions", ROOT / "seeds", ROOT)
        client = app.test_client()
        client.post("/register", data={"username": "bench", "password": PASSWORD, "confirm": PASSWORD})
        times: dict[str, list[float]] = {url: [] for url in [FLOOR_PATH, *URLS]}
        for _ in range(rounds):
            for url in times:
                start = time.perf_counter()
                assert client.get(url).status_code == 200, url
                times[url].append(time.perf_counter() - start)
        with app.app_context():
            db.engine.dispose()
    found = {url: Timing.of(values) for url, values in times.items()}
    floor = found.pop(FLOOR_PATH)
    lines = [
        f"### Card browser, {questions:,} questions in 10 decks, SQLite, {rounds} rounds",
        "",
        f"Same-app floor in the same run: {floor.median:.2f} / {floor.p99:.2f} ms (median / p99).",
        "",
        "| URL | median ms | p99 ms | x same-app floor | median < 5 | p99 < 20 | < 3x floor |",
        "|---|---|---|---|---|---|---|",
    ]
    for url, timing in found.items():
        ratio = timing.median / floor.median
        lines.append(
            f"| `{url}` | {timing.median:.2f} | {timing.p99:.2f} | {ratio:.1f} | {target_marks(timing, floor.median)} |"
        )
    return [*lines, ""]


def main() -> None:
    """Print the browser's table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    print("\n".join(browse_lines(args.questions, args.rounds)))


if __name__ == "__main__":
    main()
