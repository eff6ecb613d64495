"""Migration 0006: a database at 0005_issue11 (the previous main) gains the class tables, empty, keeps every
account, card and review, and then takes a class with its students and decks."""

from __future__ import annotations

import sqlite3

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import CardState, ClassDeck, ClassMember, SchoolClass, User
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences


def test_upgrading_from_0005_adds_empty_class_tables_and_keeps_every_account_and_card(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0005_issue11")
    con = sqlite3.connect(path)
    for uid, name, teacher in ((1, "tamar", 1), (2, "amira", 0)):
        con.execute(
            "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, "
            "timezone, day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, "
            "single_key_shortcuts, is_teacher) VALUES (?, ?, ?, 'hash', 1, '2026-01-01 10:00:00.000000', "
            "'UTC', 4, 0.9, 20, 200, 1, ?)",
            (uid, name, name, teacher),
        )
    con.execute(
        "INSERT INTO deck (key, title, description, tags, file, retired, digest) "
        "VALUES ('capitals', 'Capitals', '', '[]', 'questions/capitals.yaml', 0, '')"
    )
    con.execute(
        "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
        "explanation, hint, fact, tags, line, retired) VALUES ('q1', 'capitals', 1, 'short', 'P', '', 'x', "
        "'[]', '[]', '', '', '', '[]', 3, 0)"
    )
    con.execute(
        "INSERT INTO card_state (user_id, question_id, state, step, stability, difficulty, due, last_review, "
        "reps, lapses) VALUES (2, 'q1', 2, NULL, 3.0, 5.0, '2026-02-01 04:00:00.000000', "
        "'2026-01-20 04:00:00.000000', 2, 0)"
    )
    con.commit()
    con.close()
    upgrade_database(app)
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        assert db.session.scalar(db.select(db.func.count()).select_from(SchoolClass)) == 0
        assert db.session.get(User, 1).is_teacher and not db.session.get(User, 2).is_teacher
        assert db.session.scalars(db.select(CardState.user_id)).all() == [2]
        db.session.add(SchoolClass(id=1, teacher_id=1, name="7B", join_code="QATAR234"))
        db.session.flush()
        db.session.add_all([ClassMember(class_id=1, user_id=2), ClassDeck(class_id=1, deck_key="capitals")])
        db.session.commit()
        assert db.session.scalar(db.select(ClassMember.user_id).where(ClassMember.class_id == 1)) == 2
        db.engine.dispose()
    assert schema_differences(app) == []
