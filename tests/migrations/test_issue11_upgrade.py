"""Migration 0005: a database made by the previous main (at revision 0004) gains the teacher flag, off for
every existing account, and keeps each account's password and settings."""

from __future__ import annotations

import sqlite3

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import User
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences


def test_upgrading_from_0004_makes_every_existing_account_a_student_and_keeps_it(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0004_issue15")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts) "
        "VALUES (1, 'amira', 'amira', 'hash-kept', 3, '2026-01-01 10:00:00.000000', 'Asia/Tokyo', 4, 0.85, "
        "15, 150, 0)"
    )
    con.commit()
    con.close()
    upgrade_database(app)
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        user = db.session.get(User, 1)
        assert (user.is_teacher, user.password_hash, user.session_version, user.timezone) == (
            False,
            "hash-kept",
            3,
            "Asia/Tokyo",
        )
        assert (user.desired_retention, user.single_key_shortcuts) == (0.85, False)
        db.engine.dispose()
    assert schema_differences(app) == []
