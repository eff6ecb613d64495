"""Migration 0015_issue13i: a database at 0014_issue13f (the previous head) gets the (user, state, due, last_review)
index widened by stability and question_id; every card is kept and the study queue picks the same next review."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import func, select

from quizapp.db import db
from quizapp.models import CardState, User
from quizapp.queue import next_in_queue
from tests.migrations.rows import insert_deck_and_student
from tests.migrations.test_upgrade import app_at, upgrade_to_head

INDEX = "ix_card_state_user_state_due"
# question -> (stability, due): review cards, all due before NOW; q2 is the most overdue relative to its stability
CARDS = {
    "q1": (30.0, "2026-01-25 04:00:00.000000"),
    "q2": (2.0, "2026-01-28 04:00:00.000000"),
    "q3": (9.0, "2026-01-31 04:00:00.000000"),
}
NOW = dt.datetime(2026, 2, 1, 12, tzinfo=dt.UTC)
CARD_COLUMNS = "user_id, question_id, deck_key, state, step, stability, difficulty, due, last_review, reps, lapses"


def index_columns(con: sqlite3.Connection) -> list[str]:
    """The columns of the widened index, in order."""
    return [row[2] for row in con.execute(f"PRAGMA index_info({INDEX})")]


def test_upgrading_from_0014_widens_the_review_order_index_and_keeps_the_next_review(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0014_issue13f")
    con = sqlite3.connect(path)
    assert index_columns(con) == ["user_id", "state", "due", "last_review"]
    insert_deck_and_student(con, list(CARDS), live_questions=3)
    for qid, (stability, due) in CARDS.items():
        con.execute(
            f"INSERT INTO card_state ({CARD_COLUMNS}) VALUES (1, ?, 'capitals', 2, NULL, ?, 5.5, ?, "
            "'2026-01-01 04:00:00.000000', 3, 0)",
            (qid, stability, due),
        )
    con.commit()
    con.close()

    upgrade_to_head(app)

    con = sqlite3.connect(path)
    assert index_columns(con) == ["user_id", "state", "due", "last_review", "stability", "question_id"]
    con.close()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(CardState)) == len(CARDS)
        assert next_in_queue(db.session, db.session.get_one(User, 1), None, NOW) == ("q2", "review")
        db.engine.dispose()
