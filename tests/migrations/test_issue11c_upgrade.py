"""Migration 0010_issue11c: a database at 0009_issue12b (the previous head) gains the empty draft table and keeps
every row of every table; drafts then save, stay one per teacher and file name, and go with their teacher."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from quizapp.db import db, utcnow
from quizapp.migrating import upgrade_database
from quizapp.models import Draft, User
from quizapp.progress import delete_account
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences

ROWS = [
    "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
    "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, is_teacher) "
    "VALUES (1, 'teacher', 'teacher', 'hash-t', 2, '2026-01-01 10:00:00.000000', 'UTC', 4, 0.9, 20, 200, 1, 1)",
    "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
    "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, is_teacher) "
    "VALUES (2, 'amira', 'amira', 'hash-a', 3, '2026-01-02 10:00:00.000000', 'Asia/Tokyo', 4, 0.85, 15, 150, 0, 0)",
    "INSERT INTO deck (key, title, description, tags, file, retired, digest) VALUES "
    "('kuwait', 'Kuwait', '', '[]', 'questions/kuwait.yaml', 0, '')",
    "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, explanation, hint, "
    "fact, tags, line, retired) VALUES ('q1', 'kuwait', 0, 'short', 'Who?', '', 'x', '[]', '[]', '', '', '', '[]', "
    "1, 0)",
    "INSERT INTO review (user_id, question_id, rating, duration_ms, state_before, state_after, reviewed_at, kind, "
    "mature) VALUES (2, 'q1', 3, 900, NULL, '{\"state\": 2}', '2026-01-20 04:00:00.000000', 'review', 0)",
    "INSERT INTO school_class (id, teacher_id, name, join_code, created_at) VALUES "
    "(1, 1, '7B', 'QATAR234', '2026-01-03 10:00:00.000000')",
    "INSERT INTO class_member (class_id, user_id, joined_at) VALUES (1, 2, '2026-01-04 10:00:00.000000')",
    "INSERT INTO class_deck (class_id, deck_key, assigned_at) VALUES (1, 'kuwait', '2026-01-05 10:00:00.000000')",
]


def every_row(path) -> dict[str, list[tuple]]:
    """Every row of every table but Alembic's own, read with sqlite3."""
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                "LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND "
                "name != 'alembic_version'"
            )
        ]
        return {table: sorted(con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        con.close()


def test_upgrading_from_0009_keeps_every_row_and_adds_an_empty_draft_table(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0009_issue12b")
    con = sqlite3.connect(path)
    for statement in ROWS:
        con.execute(statement)
    con.commit()
    con.close()
    before = every_row(path)
    assert sum(map(len, before.values())) >= len(ROWS)
    upgrade_database(app)
    after = every_row(path)
    assert after.pop("draft") == []
    for later in ("review_day", "review_day_clock"):  # added by a later revision (0011_issue13b), from the reviews
        after.pop(later, None)
    # deck.live_questions, the last column, is added by a later revision (0012_issue13d), counted from the questions
    after["deck"] = [row[:-1] for row in after["deck"]]
    assert after == before
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        teacher = db.session.get(User, 1)
        db.session.add(Draft(teacher_id=1, path="mine.yaml", content="deck: x\n", base_hash="", updated_at=utcnow()))
        db.session.commit()
        db.session.add(Draft(teacher_id=1, path="mine.yaml", content="again", base_hash=""))
        with pytest.raises(IntegrityError):
            db.session.commit()  # one draft per teacher and file name
        db.session.rollback()
        delete_account(db.session, teacher)
        assert db.session.scalars(db.select(Draft)).all() == []  # ON DELETE CASCADE
        db.engine.dispose()
    assert schema_differences(app) == []
