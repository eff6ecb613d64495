"""Migration 0014_issue13f: a database at 0013_issue13e (the previous head) gains SQLite's index on card maturity,
which the stats page's card count reads (counting the same young and mature cards as before), and its full-text
rows move into their decks' rowid ranges, where a deck's search finds what it found before."""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from quizapp.db import db
from quizapp.models import CardState, User
from quizapp.search import deck_rowids, search_questions
from quizapp.stats import card_maturity, card_states
from tests.migrations.rows import insert_deck_and_student
from tests.migrations.test_upgrade import MATURITY_INDEX, app_at, upgrade_to_head

QUESTIONS = ["q1", "q2", "q3", "q4", "q5"]
# question -> (state, last review, due): mature from exactly 21 days; a learning card; a card never reviewed
CARDS = {
    "q1": (2, "2026-01-01 04:00:00.000000", "2026-01-22 04:00:00.000000"),  # 21 days: mature
    "q2": (2, "2026-01-01 04:00:00.000000", "2026-01-22 03:59:59.000000"),  # a second short: young
    "q3": (2, "2026-01-01 04:00:00.000000", "2026-03-01 04:00:00.000000"),  # mature
    "q4": (1, "2026-01-01 04:00:00.000000", "2026-01-01 04:10:00.000000"),  # learning
    "q5": (3, None, "2026-01-02 04:00:00.000000"),  # relearning, no last review
}
CARD_COLUMNS = "user_id, question_id, deck_key, state, step, stability, difficulty, due, last_review, reps, lapses"


def test_upgrading_from_0013_indexes_card_maturity_and_keeps_the_counts(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0013_issue13e")
    con = sqlite3.connect(path)
    insert_deck_and_student(con, [*QUESTIONS, "q6"], live_questions=len(QUESTIONS) + 1)
    for qid, (state, last_review, due) in CARDS.items():
        con.execute(
            f"INSERT INTO card_state ({CARD_COLUMNS}) VALUES (1, ?, 'capitals', ?, NULL, 2.5, 5.5, ?, ?, 3, 0)",
            (qid, state, due, last_review),
        )
    for n, qid in enumerate(QUESTIONS, start=1):  # as 0013's sync wrote them: rowids 1, 2, ...
        con.execute("INSERT INTO search_index VALUES (?, 'capitals', ?)", (qid, f" which capital {qid}"))
        con.execute(
            "INSERT INTO search_fts (rowid, question_id, body) VALUES (?, ?, ?)", (n, qid, f" which capital {qid}")
        )
    con.commit()
    con.close()

    upgrade_to_head(app)

    with app.app_context():
        indexes = db.session.execute(db.text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars().all()
        assert MATURITY_INDEX in indexes
        amira = db.session.get_one(User, 1)
        assert card_states(db.session, amira) == {"new": 1, "learning": 1, "relearning": 1, "young": 1, "mature": 2}
        # The count's expression is the index's, constants and all: SQLite uses the index only for the same one.
        plan = " ".join(row[3] for row in db.session.execute(db.text(f"EXPLAIN QUERY PLAN {maturity_count_sql()}")))
        assert f"INDEX {MATURITY_INDEX}" in plan, plan
        # Each full-text row now lies in its deck's rowid range, and the deck's search finds what it found before.
        low, high = deck_rowids("capitals")
        rowids = db.session.execute(db.text("SELECT rowid, question_id FROM search_fts")).all()
        assert sorted(qid for _, qid in rowids) == QUESTIONS and all(low <= rowid <= high for rowid, _ in rowids)
        assert set(search_questions(db.session, "capitol q3", deck_key="capitals")) == {"q3"}
        assert set(search_questions(db.session, "which", deck_key="capitals")) == set(QUESTIONS)
        terms = db.session.execute(db.text("SELECT deck_key, term, size FROM search_fts_terms")).all()
        assert sorted(terms) == sorted(("capitals", w, len(w)) for w in ["which", "capital", *QUESTIONS])
        db.engine.dispose()


def maturity_count_sql() -> str:
    """Return the SQL of the stats page's count of one user's cards by state and maturity, as SQLite runs it."""
    mature = card_maturity()
    statement = (
        select(CardState.state, mature, func.count()).where(CardState.user_id == 1).group_by(CardState.state, mature)
    )
    return str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))
