"""Migration 0003: a database made by the previous main (at revision 0002) gains the speed indexes and
Review.mature, filled in from every review's state_before, and loses no row."""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import inspect, select

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import Review, User
from quizapp.stats import study_stats
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences

MATURE = {"state": 2, "due": "2026-03-01T04:00:00+00:00", "last_review": "2026-02-01T04:00:00+00:00"}
YOUNG = {"state": 2, "due": "2026-02-05T04:00:00+00:00", "last_review": "2026-02-01T04:00:00+00:00"}
LEARNING = {"state": 1, "due": "2026-03-01T04:00:00+00:00", "last_review": "2026-02-01T04:00:00+00:00"}


def database_at_0002(tmp_path):
    """Make a database as main made it (migrated to 0002), with a user, a deck, questions and reviews."""
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0002")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO deck VALUES ('capitals', 'Capitals', '', '[]', 'questions/capitals.yaml', 0)")
    for n in (1, 2):
        con.execute(
            "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
            "explanation, hint, fact, tags, line, retired) VALUES (?, 'capitals', ?, 'short', 'P', '', 'x', "
            "'[]', '[]', '', '', '', '[]', ?, 0)",
            (f"q{n}", n, n),
        )
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day) VALUES (1, 'amira', "
        "'amira', 'x', 1, '2026-01-01 10:00:00.000000', 'UTC', 4, 0.9, 20, 200)"
    )
    for n, (before, rating) in enumerate([(None, 3), (MATURE, 3), (MATURE, 1), (YOUNG, 3), (LEARNING, 3)]):
        con.execute(
            "INSERT INTO review (user_id, question_id, rating, state_before, state_after, reviewed_at, kind) "
            "VALUES (1, 'q1', ?, ?, '{\"state\": 2}', ?, 'review')",
            (rating, json.dumps(before) if before else None, f"2026-03-0{n + 1} 10:00:00.000000"),
        )
    con.commit()
    con.close()
    return path, app


def test_upgrading_from_0002_fills_mature_from_state_before_and_keeps_every_review(tmp_path):
    _path, app = database_at_0002(tmp_path)
    upgrade_database(app)
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        reviews = db.session.scalars(select(Review).order_by(Review.id)).all()
        assert [r.mature for r in reviews] == [False, True, True, False, False]
        assert [r.rating for r in reviews] == [3, 3, 1, 3, 3]
        user = db.session.get(User, 1)
        retention = study_stats(db.session, user, reviews[-1].reviewed_at).true_retention
        assert (retention.reviews, retention.passed) == (2, 1)
        db.engine.dispose()
    assert schema_differences(app) == []


def test_upgrading_from_0002_swaps_the_indexes(tmp_path):
    _path, app = database_at_0002(tmp_path)
    upgrade_database(app)
    with app.app_context():
        inspector = inspect(db.engine)
        review = {index["name"]: index["column_names"] for index in inspector.get_indexes("review")}
        question = {index["name"] for index in inspector.get_indexes("question")}
        db.engine.dispose()
    assert review["ix_review_user_reviewed_at"] == ["user_id", "reviewed_at", "rating"]
    assert "ix_review_user_id" not in review
    assert "ix_question_retired" not in question and "ix_question_live_order" in question


def test_a_review_written_after_the_upgrade_gets_mature_from_its_state_before(tmp_path):
    _path, app = database_at_0002(tmp_path)
    upgrade_database(app)
    with app.app_context():
        row = Review(user_id=1, question_id="q2", rating=3, state_before=MATURE, state_after={"state": 2})
        db.session.add(row)
        db.session.commit()
        assert db.session.get(Review, row.id).mature is True
        db.engine.dispose()
