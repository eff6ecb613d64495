"""Time the card browser (/browse) on a bank of 10,000 questions, as ratios against the home page in the same run.

Run: .venv/bin/python bench/browse_bench.py [--questions N] [--repeat N]
The browser pages in SQL (LIMIT/OFFSET and one count), so a page should cost a small multiple of the home page
however large the bank; a page that read every question into Python would cost hundreds of times it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp import create_app
from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.sync import sync_bank

ROOT = Path(__file__).resolve().parent.parent
URLS = ["/browse", "/browse?sort=state&desc=y&page=150", "/browse?q=question+7+99", "/browse?tag=t7&sort=question",
        "/browse?state=new&page=100"]
PASSWORD = "correct horse battery"


def bank(folder: Path, questions: int) -> None:
    """Write `questions` flashcards in ten decks, each with one of twenty tags."""
    folder.mkdir()
    per_deck = questions // 10
    for d in range(10):
        rows = [{"id": f"big-{d}-{n:05d}", "type": "flashcard", "prompt": f"Question {d} {n}", "answer": f"A{n}",
                 "tags": [f"t{n % 20}"]} for n in range(per_deck)]
        (folder / f"big{d}.yaml").write_text(yaml.safe_dump({"deck": f"Big {d}", "questions": rows}), encoding="utf-8")


def main() -> None:
    """Build the bank, log a student in, and print each browser URL's time and its ratio to the home page."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bank(folder / "questions", args.questions)
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite'}",
                          "QUESTIONS_DIR": folder / "questions", "ARTICLES_DIR": ROOT / "seeds",
                          "PROJECT_ROOT": ROOT, "WTF_CSRF_ENABLED": False, "INSTANCE_PATH": str(folder)})
        upgrade_database(app)
        with app.app_context():
            sync_bank(db.session, folder / "questions", ROOT / "seeds", ROOT)
        client = app.test_client()
        client.post("/register", data={"username": "bench", "password": PASSWORD, "confirm": PASSWORD})

        def timed(url: str) -> float:
            client.get(url)
            start = time.perf_counter()
            for _ in range(args.repeat):
                assert client.get(url).status_code == 200, url
            return (time.perf_counter() - start) / args.repeat * 1000

        floor = timed("/")
        print(f"{args.questions} questions; home page {floor:.0f} ms (the floor)")
        for url in URLS:
            ms = timed(url)
            print(f"{url}: {ms:.0f} ms, {ms / floor:.1f} x the home page")
        with app.app_context():
            db.engine.dispose()


if __name__ == "__main__":
    main()
