"""Migration 0013_issue13e: a database at 0012_issue13d (the previous head) gains each card's copy of its
question's deck, backfilled from the questions; Home counts the same cards per deck as before."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import select

from quizapp.db import db
from quizapp.models import CardState, User
from quizapp.queue import deck_counts
from tests.migrations.test_upgrade import app_at, upgrade_to_head

# deck -> its questions; the student has a card (state) on each question listed in CARDS
DECKS = {"capitals": ["c1", "c2", "c3"], "rivers": ["r1", "r2"]}
CARDS = {"c1": 2, "c2": 1, "r1": 2, "r2": 3}
CARD_COLUMNS = "user_id, question_id, state, step, stability, difficulty, due, last_review, reps, lapses"


def test_upgrading_from_0012_copies_each_cards_deck_and_keeps_the_counts(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0012_issue13d")
    con = sqlite3.connect(path)
    for key, questions in DECKS.items():
        con.execute(
            "INSERT INTO deck (key, title, description, tags, file, retired, digest, live_questions) "
            "VALUES (?, ?, '', '[]', ?, 0, '', ?)",
            (key, key.title(), f"questions/{key}.yaml", len(questions)),
        )
        for position, qid in enumerate(questions):
            con.execute(
                "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
                "explanation, hint, fact, tags, line, retired) VALUES (?, ?, ?, 'short', 'Which?', '', 'x', '[]', "
                "'[]', '', '', '', '[]', 1, 0)",
                (qid, key, position),
            )
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, "
        "is_teacher) VALUES (1, 'amira', 'amira', 'hash', 1, '2026-01-01 10:00:00.000000', 'UTC', 4, 0.9, "
        "20, 200, 1, 0)"
    )
    for qid, state in CARDS.items():
        con.execute(
            f"INSERT INTO card_state ({CARD_COLUMNS}) VALUES (1, ?, ?, NULL, 2.5, 5.5, "
            "'2030-01-02 04:00:00.000000', '2026-01-01 04:00:00.000000', 3, 0)",
            (qid, state),
        )
    con.commit()
    con.close()

    upgrade_to_head(app)

    with app.app_context():
        assert dict(db.session.execute(select(CardState.question_id, CardState.deck_key)).all()) == {
            "c1": "capitals",
            "c2": "capitals",
            "r1": "rivers",
            "r2": "rivers",
        }
        counts, _ = deck_counts(db.session, db.session.get_one(User, 1), dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
        assert {key: (c.learning, c.learned, c.new) for key, c in counts.items()} == {
            "capitals": (1, 1, 1),
            "rivers": (1, 1, 0),
        }
        db.engine.dispose()
