"""Sync and start-up times: a 10,000-question bank synced fresh, again unchanged, and with one file edited."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.sync import sync_bank


def write_bank(folder: Path, questions: int, decks: int = 100) -> None:
    """Write `decks` YAML files holding `questions` short questions in all, every third sharing a fact."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(decks):
        items = [
            {
                "id": f"sync-{n:06d}",
                "type": "short",
                "prompt": f"In which year did event {n} happen?",
                "answer": str(1900 + n % 120),
                **({"fact": f"fact-{n // 3}"} if n % 3 == 0 else {}),
            }
            for n in range(d, questions, decks)
        ]
        (folder / f"deck{d:03d}.yaml").write_text(yaml.safe_dump({"deck": f"Deck {d}", "questions": items}))


def sync_times(folder: Path, questions: int = 10_000, database_url: str | None = None) -> dict[str, float]:
    """Return the seconds of a fresh sync, an unchanged re-sync and a re-sync with one file edited."""
    from bench.floors import bench_app

    bank, seeds = folder / "sync-questions", folder / "sync-seeds"
    write_bank(bank, questions)
    seeds.mkdir(exist_ok=True)
    app = bench_app(
        {
            "SECRET_KEY": "bench",
            "INSTANCE_PATH": str(folder / "instance"),
            "SQLALCHEMY_DATABASE_URI": database_url or f"sqlite:///{folder / 'sync.sqlite'}",
        }
    )
    upgrade_database(app)
    times = {}
    with app.app_context():
        for label in ("fresh", "unchanged", "one file edited"):
            if label == "one file edited":
                path = bank / "deck007.yaml"
                path.write_text(path.read_text().replace("happen?", "take place?", 1))
            start = time.perf_counter()
            report = sync_bank(db.session, bank, seeds, folder)
            times[label] = time.perf_counter() - start
            assert not report.problems, report.problems[:3]
        db.engine.dispose()
    return times


def startup_seconds() -> float:
    """Return the seconds a fresh Python takes to import quizapp and build the app (the median of 5)."""
    code = (
        "import time; t = time.perf_counter(); from quizapp import create_app; "
        "create_app({'SECRET_KEY': 'x', 'SQLALCHEMY_DATABASE_URI': 'sqlite://'}); print(time.perf_counter() - t)"
    )
    runs = sorted(
        float(
            subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120).stdout
        )
        for _ in range(5)
    )
    return runs[2]
