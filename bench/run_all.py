"""`make bench`: every speed figure of issue 13, written to docs/benchmarks.md.

Run: .venv/bin/python bench/run_all.py [--sizes small,school] [--large] [--sections pages,...,scripts]
     [--rounds 200] [--out docs/benchmarks.md] [--append]
Builds synthetic schools (bench/school.py), times every page for a heavy and a light student interleaved with
the two floors (bench/pages.py), the scaling from 1k to 100k questions, gunicorn throughput of a study mix
against the floor route (bench/served.py), sync and start-up (bench/syncing.py), the teacher's class pages
(bench/class_bench.py) and the card browser (bench/browse_bench.py) against the floor, the query plans of the hot
pages (bench/plans.py), the school size again on a throwaway PostgreSQL, and generation and export as before.
Nothing here is asserted: the figures are for reading, as ratios to floors measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.browse_bench import browse_lines  # noqa: E402
from bench.class_bench import class_lines  # noqa: E402
from bench.pages import HEAVY, LIGHT, SEARCH, logged_in, mark, measure_pages, school_app, target_marks  # noqa: E402
from bench.plans import plans  # noqa: E402
from bench.school import SIZES, scaling_size  # noqa: E402
from bench.served import served_throughput  # noqa: E402
from bench.syncing import startup_seconds, sync_times  # noqa: E402
from quizapp.db import db  # noqa: E402

FLAT_TARGET, SERVED_TARGET, RESYNC_TARGET = 1.5, 0.5, 1.0


def page_table(results: dict, title: str) -> list[str]:
    """Return a markdown table of every page for each user, beside the floors, with the targets checked."""
    floor = results["floors"]["same-app floor"].median
    bare = results["floors"]["bare Flask"]
    lines = [
        f"### {title}",
        "",
        f"Floors in the same run: bare Flask {bare.median:.2f} / {bare.p99:.2f} ms, "
        f"same-app floor (login + one indexed SELECT) {floor:.2f} / "
        f"{results['floors']['same-app floor'].p99:.2f} ms (median / p99).",
        "",
        "| request | user | median ms | p99 ms | x same-app floor | x bare Flask | median < 5 | p99 < 20 | < 3x floor |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for user in ("heavy", "light"):
        for label, timing in results.get(user, {}).items():
            ratio = timing.median / floor
            lines.append(
                f"| {label} | {user} | {timing.median:.2f} | {timing.p99:.2f} | {ratio:.1f} | "
                f"{timing.median / bare.median:.0f} | {target_marks(timing, floor)} |"
            )
    return [*lines, ""]


def pages_section(
    size_name: str, rounds: int, database_url: str | None = None, label: str = "SQLite"
) -> tuple[list[str], dict]:
    size = SIZES[size_name]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        app = school_app(Path(folder), size, database_url)
        built = time.perf_counter() - start
        results = measure_pages(app, rounds)
        with app.app_context():
            db.engine.dispose()
    title = (
        f"{size.name} ({size.questions:,} questions, {size.users:,} users, {size.reviews:,} reviews "
        f"wanted) on {label}, {rounds} rounds; built in {built:.1f} s"
    )
    return page_table(results, title), results


def scaling_section(rounds: int, sizes: list[int]) -> list[str]:
    """Time the light student's pages as the bank grows, with the same history; return the table."""
    rows: dict[str, list[float]] = {}
    floors = []
    for questions in sizes:
        with tempfile.TemporaryDirectory() as folder:
            app = school_app(Path(folder), scaling_size(questions))
            results = measure_pages(app, rounds, users={"light": LIGHT})
            with app.app_context():
                db.engine.dispose()
        floors.append(results["floors"]["same-app floor"].median)
        for label, timing in results["light"].items():
            rows.setdefault(label, []).append(timing.median)
    header = " | ".join(f"{q:,} questions" for q in sizes)
    lines = [
        "### Scaling: the light student (122 cards), 100 decks, as the bank grows",
        "",
        f"| request | {header} | growth {sizes[0]:,} -> {sizes[-1]:,} | flat (< {FLAT_TARGET}x) |",
        "|---|" + "---|" * (len(sizes) + 2),
    ]
    for label, medians in rows.items():
        growth = medians[-1] / medians[0]
        lines.append(
            f"| {label} | "
            + " | ".join(f"{m:.2f} ms" for m in medians)
            + f" | {growth:.2f}x | {mark(growth <= FLAT_TARGET)} |"
        )
    lines.append(
        "| same-app floor | " + " | ".join(f"{m:.2f} ms" for m in floors) + f" | {floors[-1] / floors[0]:.2f}x | |"
    )
    return [*lines, ""]


# Worker set-ups, each on its own copy of the school (SQLite): the first is the headline figure, as in earlier
# rounds; quizapp serve's default count is one per CPU (issue 13h; gunicorn's advice is 2 x CPUs + 1); gthread
# adds threads to each worker.
GUNICORN_ADVICE = 2 * (os.cpu_count() or 1) + 1
SERVED_SETUPS = (
    ("2 sync workers (on 2 CPUs quizapp serve's default, one per CPU)", 2, ""),
    (f"{GUNICORN_ADVICE} sync workers (2 x CPUs + 1, gunicorn's advice)", GUNICORN_ADVICE, ""),
    ("2 gthread workers x 2 threads", 2, "--worker-class gthread --threads 2"),
)


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a SQLite database through SQLite's backup API (its WAL included)."""
    with contextlib.closing(sqlite3.connect(source)) as reading, contextlib.closing(sqlite3.connect(target)) as writing:
        reading.backup(writing)


def served_section(size_name: str, database_url: str | None = None, label: str = "SQLite") -> list[str]:
    """Serve the school with gunicorn in each worker set-up (PostgreSQL: the first only); return the table."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        app = school_app(Path(folder), SIZES[size_name], database_url)
        url = app.config["SQLALCHEMY_DATABASE_URI"]
        with app.app_context():
            db.engine.dispose()
        for n, (name, workers, extra) in enumerate(SERVED_SETUPS if database_url is None else SERVED_SETUPS[:1]):
            root = Path(folder) / f"setup-{n}"
            root.mkdir()
            if database_url is None:  # each set-up grades the same untouched cards
                copy_sqlite(Path(folder) / "school.sqlite", root / "school.sqlite")
                url = f"sqlite:///{root / 'school.sqlite'}"
            rows.append((name, served_throughput(root, url, workers=workers, gunicorn_args=extra)))
    lines = [
        f"### gunicorn (quizapp serve's settings), {size_name} on {label}",
        "",
        "| workers | floor route (GET /_bench/floor) requests/s | study mix (GET /study, POST answer, GET answer, "
        "POST grade) requests/s | ratio mix / floor | start-up to first page |",
        "|---|---|---|---|---|",
    ]
    for name, figures in rows:
        lines.append(
            f"| {name} | {figures['floor']:.0f} | {figures['mix']:.0f} | {figures['ratio']:.2f} | "
            f"{figures['startup']:.2f} s |"
        )
    headline = rows[0][1]["ratio"]
    return [
        *lines,
        "",
        f"**Ratio mix / floor ({rows[0][0]}): {headline:.2f}** (target >= {SERVED_TARGET}: "
        f"{mark(headline >= SERVED_TARGET)}).",
        "",
    ]


def sync_section() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        times = sync_times(Path(folder))
    startup = startup_seconds()
    return [
        "### Sync of 10,000 questions in 100 files, and start-up",
        "",
        "| what | seconds |",
        "|---|---|",
        *(f"| sync, {label} | {seconds:.2f} |" for label, seconds in times.items()),
        f"| re-sync of 10,000 unchanged under {RESYNC_TARGET} s | {mark(times['unchanged'] < RESYNC_TARGET)} |",
        f"| start-up: import quizapp and create_app() in a fresh Python | {startup:.2f} |",
        "",
    ]


def plans_section(size_name: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        app = school_app(Path(folder), SIZES[size_name])
        found = plans(app, logged_in(app, HEAVY), ["/study", "/", "/stats", SEARCH])
        with app.app_context():
            db.engine.dispose()
    lines = [f"### Query plans of the hot pages (heavy student, {size_name}, SQLite)", ""]
    for path, statement, plan in found:
        lines += [f"- `GET {path}`: `{statement[:160]}{'...' if len(statement) > 160 else ''}`", "", "  ```"]
        lines += [f"  {line}" for line in plan] + ["  ```", ""]
    return lines


def script_section(title: str, command: list[str]) -> list[str]:
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    output = (result.stdout + result.stderr).strip()
    return [f"### {title}", "", f"`{' '.join(command[1:])}`", "", "```", output, "```", ""]


def postgres_sections(rounds: int) -> list[list[str]]:
    """Run the school size on a throwaway PostgreSQL: the pages, then gunicorn, each on a database of its own."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.pg.throwaway import throwaway_server

    parts = []
    with throwaway_server() as url:
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        urls = []
        for name in ("bench_pages", "bench_served"):
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            urls.append(make_url(url).set(database=name).render_as_string(hide_password=False))
        admin.dispose()
        parts.append(pages_section("school", rounds, urls[0], "PostgreSQL")[0])
        parts.append(served_section("school", urls[1], "PostgreSQL"))
    return parts


SECTIONS = ("pages", "scaling", "served", "sync", "classes", "browse", "plans", "postgres", "scripts")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,school")
    parser.add_argument("--large", action="store_true", help="also the large school (100k/10k/10M; slow)")
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--append", action="store_true", help="add to --out instead of writing it anew")
    args = parser.parse_args()
    sizes = args.sizes.split(",") + (["large"] if args.large else [])
    chosen = args.sections.split(",")
    started = time.perf_counter()
    header = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`.venv/bin/python bench/run_all.py`) on "
        f"{dt.date.today().isoformat()}, Python {platform.python_version()}, {platform.machine()}, "
        "2 cores shared with other work. Every figure is measured in-process with Flask's test client unless "
        f"it says gunicorn; each page is timed {args.rounds} times interleaved with both floors, so the "
        "ratios hold on a noisy machine.",
        "",
        "Targets (issue 13, school size): every page median < 5 ms, p99 < 20 ms and < 3x the same-app floor, "
        "for the heavy student too; each figure at most 1.5x from 1k to 100k questions; gunicorn study mix "
        ">= 0.5x the floor route; re-sync of 10k unchanged questions < 1 s.",
        "",
    ]
    if not args.append:
        args.out.write_text("\n".join(header) + "\n", encoding="utf-8")

    def emit(part: list[str]) -> None:
        print("\n".join(part), flush=True)
        with args.out.open("a", encoding="utf-8") as out:  # written as it goes: a failure later loses nothing
            out.write("\n".join(part) + "\n")

    runs = {
        "pages": lambda: [pages_section(size, args.rounds)[0] for size in sizes],
        "scaling": lambda: [scaling_section(args.rounds, [1_000, 10_000, 100_000])],
        "served": lambda: [served_section("school")],
        "sync": lambda: [sync_section()],
        "classes": lambda: [class_lines("school", 200, 30)],
        "browse": lambda: [browse_lines(10_000, 50)],
        "plans": lambda: [plans_section("school")],
        "postgres": lambda: postgres_sections(args.rounds),
        "scripts": lambda: [
            script_section("Anki export (as before)", [sys.executable, "bench/export_bench.py"]),
            script_section("Generation (as before)", [sys.executable, "bench/generate_bench.py", "seeds"]),
        ],
    }
    for name in SECTIONS:
        if name in chosen:
            for part in runs[name]():
                emit(part)
    emit([f"Sections {', '.join(n for n in SECTIONS if n in chosen)} took {time.perf_counter() - started:.0f} s.", ""])
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
