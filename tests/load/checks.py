"""After a load: is every acknowledged answer stored, does every card state equal the replay of its reviews?"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from quizapp import create_app, scheduling
from quizapp.db import db
from quizapp.models import CardState, Review, User
from quizapp.reviews import memory_of, settings_for
from tests.load.students import Ledger


@dataclass
class Findings:
    """The figures of one load run."""

    integrity: str
    reviews: int
    acknowledged: int
    lost: int
    cards: int
    cards_differing: int
    unanswered: int

    def line(self) -> str:
        return (
            f"{self.acknowledged} acknowledged, {self.lost} lost, {self.reviews} reviews stored, "
            f"{self.unanswered} unanswered at the kill, {self.cards} card states, "
            f"{self.cards_differing} differing from their replay, integrity_check {self.integrity}"
        )


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def replay(user: User, reviews: list[Review]) -> scheduling.Memory | None:
    """Rebuild a card's state from nothing by applying its reviews in order, as grading did."""
    memory = None
    settings = settings_for(user)
    for row in reviews:
        seed = scheduling.fuzz_seed(f"{user.id}:{row.question_id}", memory.reps if memory else 0)
        memory = scheduling.review(memory, scheduling.Rating(row.rating), row.reviewed_at, settings, seed)
    return memory


def check_database(database: Path, ledger: Ledger, students: set[str]) -> Findings:
    """Check what the database holds for these students against what the server acknowledged to them."""
    with contextlib.closing(sqlite3.connect(database)) as con:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
            "SECRET_KEY": "check",
            "INSTANCE_PATH": str(database.parent),
        }
    )
    with app.app_context():
        users = {u.username: u for u in db.session.scalars(db.select(User).where(User.username.in_(students)))}
        ids = [u.id for u in users.values()]
        reviews = db.session.scalars(db.select(Review).where(Review.user_id.in_(ids)).order_by(Review.id)).all()
        stored = {(r.user_id, r.question_id, (r.state_before or {}).get("reps", 0), r.rating) for r in reviews}
        lost = [
            entry for entry in ledger.acknowledged if (users[entry[0]].id, entry[1], entry[2], entry[3]) not in stored
        ]
        by_card: dict[tuple[int, str], list[Review]] = {}
        for row in reviews:
            by_card.setdefault((row.user_id, row.question_id), []).append(row)
        cards = db.session.scalars(db.select(CardState).where(CardState.user_id.in_(ids))).all()
        owners = {u.id: u for u in users.values()}
        differing = 0
        for card in cards:
            rebuilt = replay(owners[card.user_id], by_card.get((card.user_id, card.question_id), []))
            kept = memory_of(card)
            if rebuilt is None or not all(
                _same(getattr(rebuilt, f), getattr(kept, f))
                for f in ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
            ):
                differing += 1
        db.engine.dispose()
    return Findings(
        integrity, len(reviews), len(ledger.acknowledged), len(lost), len(cards), differing, len(ledger.unanswered)
    )
