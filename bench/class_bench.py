"""Class pages at school size: a class of 200 students, its page, its question analytics and both CSVs.

Run: .venv/bin/python bench/class_bench.py [--size school] [--students 200] [--rounds 30] [--out FILE]
Builds the synthetic school of bench/school.py (10k questions, 1k users, 1M reviews by default), makes user 1
a teacher with a class of `students` light students, and times each class page with a tenth of the decks
assigned (10 of 100), then all of them (every review of the class counted), interleaved with the same-app
floor, as ratios to it. It also counts the SQL statements of each page, which must not grow with the class
(no query per student).
Nothing is asserted: the figures are for reading.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from bench.floors import FLOOR_PATH
from bench.pages import Timing, logged_in, school_app, target_marks
from bench.school import SIZES
from quizapp.classes.assigned import assign_deck
from quizapp.classes.rooms import create_class, join_class
from quizapp.db import db
from quizapp.models import Review, User

PAGES = {
    "class page": "/classes/1",
    "question analytics": "/classes/1/questions",
    "students.csv": "/classes/1/students.csv",
    "questions.csv": "/classes/1/questions.csv",
}


def make_class(app, students: int) -> None:
    """Make user 1 a teacher with class 1 of users 2 .. students + 1."""
    with app.app_context():
        teacher = db.session.get(User, 1)
        teacher.is_teacher = True
        school_class = create_class(db.session, teacher, "Bench class")
        for uid in range(2, students + 2):
            join_class(db.session, db.session.get(User, uid), school_class)
        db.session.commit()


def assign(app, decks: range) -> int:
    """Assign these decks to class 1; return how many reviews the class has on its assigned decks."""
    from quizapp.classes.assigned import assigned_questions
    from quizapp.models import ClassMember, SchoolClass

    with app.app_context():
        school_class = db.session.get(SchoolClass, 1)
        for d in decks:
            assign_deck(db.session, school_class, f"deck-{d:04d}")
        db.session.commit()
        members = db.select(ClassMember.user_id).where(ClassMember.class_id == 1)
        return db.session.scalar(
            db.select(db.func.count())
            .select_from(Review)
            .where(Review.user_id.in_(members), Review.question_id.in_(assigned_questions(school_class)))
        )


def statements_of(app, client, url: str) -> int:
    """Count the SQL statements one request runs."""
    found = []
    with app.app_context():
        engine = db.engine
    listener = lambda *args: found.append(1)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        assert client.get(url).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return len(found)


def measure(app, rounds: int) -> tuple[Timing, dict[str, Timing]]:
    """Time the floor and every class page over interleaved rounds."""
    client = logged_in(app, 1)
    floor, times = [], {label: [] for label in PAGES}
    for _ in range(rounds):
        start = time.perf_counter()
        assert client.get(FLOOR_PATH).status_code == 200
        floor.append(time.perf_counter() - start)
        for label, url in PAGES.items():
            start = time.perf_counter()
            assert client.get(url).status_code == 200
            times[label].append(time.perf_counter() - start)
    return Timing.of(floor), {label: Timing.of(values) for label, values in times.items()}


def section(app, rounds: int, decks: range, students: int) -> list[str]:
    reviews = assign(app, decks)
    floor, pages = measure(app, rounds)
    client = logged_in(app, 1)
    total = decks.stop if decks.start else len(decks)
    lines = [
        f"### {total} decks assigned: {students} students, {reviews:,} reviews on the class's decks",
        "",
        f"Same-app floor in the same run: {floor.median:.2f} / {floor.p99:.2f} ms (median / p99).",
        "",
        "| page | median ms | p99 ms | x same-app floor | SQL statements | median < 5 | p99 < 20 | < 3x floor |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, timing in pages.items():
        ratio = timing.median / floor.median
        lines.append(
            f"| {label} | {timing.median:.1f} | {timing.p99:.1f} | {ratio:.1f} | "
            f"{statements_of(app, client, PAGES[label])} | {target_marks(timing, floor.median)} |"
        )
    return [*lines, ""]


def class_lines(size: str = "school", students: int = 200, rounds: int = 30) -> list[str]:
    """Build the school and its class; return the class pages' tables, a tenth of the decks assigned, then all."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        app = school_app(Path(folder), SIZES[size])
        make_class(app, students)
        built = time.perf_counter() - start
        lines = [f"### Class pages, {size} size, SQLite (built in {built:.0f} s, {rounds} rounds)", ""]
        decks, few = SIZES[size].decks, max(SIZES[size].decks // 10, 1)
        lines += section(app, rounds, range(few), students)
        lines += section(app, rounds, range(few, decks), students)
        with app.app_context():
            db.engine.dispose()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="school", choices=sorted(SIZES))
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--out", type=Path)
    options = parser.parse_args()
    text = "\n".join(class_lines(options.size, options.students, options.rounds))
    print(text)
    if options.out:
        options.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
