"""Migration 0008: a database made by the previous main (at 0005_issue11) gains steps, the leech threshold and
card holds, and keeps every card state and review as it was."""

from __future__ import annotations

import sqlite3

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import CardHold, User
from quizapp.queue import study_counts
from tests.migrations.test_upgrade import app_at, schema_differences

CARD_COLUMNS = "user_id, question_id, state, step, stability, difficulty, due, last_review, reps, lapses"
REVIEW_COLUMNS = (
    "id, user_id, question_id, rating, auto_correct, typed_answer, duration_ms, state_before, "
    "state_after, reviewed_at, kind, mature"
)


def _rows(path, table: str, columns: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    finally:
        con.close()


def test_upgrading_from_0005_keeps_every_card_state_and_review_and_gives_anki_defaults(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0005_issue11")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO deck VALUES ('capitals', 'Capitals', '', '[]', 'questions/capitals.yaml', 0, '')")
    for n in range(1, 4):
        con.execute(
            "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
            "explanation, hint, fact, tags, line, retired) VALUES (?, 'capitals', ?, 'short', ?, '', 'x', "
            "'[]', '[]', '', '', '', '[]', ?, 0)",
            (f"q{n}", n, f"Prompt {n}", n),
        )
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, "
        "is_teacher) VALUES (1, 'amira', 'amira', 'hash', 1, '2026-01-01 10:00:00.000000', 'UTC', 4, 0.9, "
        "20, 200, 1, 0)"
    )
    # One card in each FSRS state (learning, review, relearning), each with a review.
    for n, (state, step) in enumerate([(1, 1), (2, None), (3, 0)], start=1):
        con.execute(
            f"INSERT INTO card_state ({CARD_COLUMNS}) VALUES (1, ?, ?, ?, ?, 5.5, "
            "'2026-01-02 04:00:00.000000', '2026-01-01 04:00:00.000000', ?, ?)",
            (f"q{n}", state, step, 2.5 * n, n + 2, n - 1),
        )
        con.execute(
            "INSERT INTO review (user_id, question_id, rating, auto_correct, typed_answer, duration_ms, "
            "state_before, state_after, reviewed_at, kind, mature) VALUES (1, ?, ?, 1, ?, 800, NULL, ?, "
            "'2026-01-01 04:00:00.000000', 'review', 0)",
            (f"q{n}", n, f"typed {n}", f'{{"state": {state}}}'),
        )
    con.commit()
    con.close()
    cards, reviews = _rows(path, "card_state", CARD_COLUMNS), _rows(path, "review", REVIEW_COLUMNS)
    upgrade_database(app)
    assert _rows(path, "card_state", CARD_COLUMNS) == cards and len(cards) == 3
    assert _rows(path, "review", REVIEW_COLUMNS) == reviews and len(reviews) == 3
    with app.app_context():
        user = db.session.get(User, 1)
        assert (user.learning_steps, user.relearning_steps, user.leech_threshold) == ("1m 10m", "10m", 8)
        assert db.session.scalars(db.select(CardHold)).all() == []
        assert study_counts(db.session, user).learned == 1  # the queue reads the upgraded tables: one card in review
        db.engine.dispose()
    assert schema_differences(app) == []
