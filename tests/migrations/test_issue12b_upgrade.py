"""Migration 0009_issue12b: a database at 0005_issue11 gains per-user FSRS parameters (none yet), the review's
source id (none: every old review was answered here) and the search index, which the next sync fills."""

from __future__ import annotations

import sqlite3

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import Review, User
from quizapp.search import index_is_empty, search_questions
from quizapp.sync import sync_bank
from tests.conftest import ROOT, SAMPLE_BANK
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences


def test_upgrading_from_0005_keeps_accounts_and_reviews_and_the_next_sync_fills_the_search_index(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0005_issue11")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO deck (key, title, description, tags, file, retired, digest) VALUES "
        "('kuwait', 'Kuwait', '', '[]', 'questions/kuwait.yaml', 0, '')"
    )
    con.execute(
        "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, explanation, "
        "hint, fact, tags, line, retired) VALUES ('sample-kuwait-apology', 'kuwait', 0, 'short', 'Who?', '', "
        "'x', '[]', '[]', '', '', '', '[]', 1, 0)"
    )
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, "
        "is_teacher) VALUES (1, 'amira', 'amira', 'hash-kept', 3, '2026-01-01 10:00:00.000000', "
        "'Asia/Tokyo', 4, 0.85, 15, 150, 0, 1)"
    )
    con.execute(
        "INSERT INTO review (user_id, question_id, rating, duration_ms, state_before, state_after, reviewed_at, "
        "kind, mature) VALUES (1, 'sample-kuwait-apology', 3, 900, NULL, '{\"state\": 2}', "
        "'2026-01-20 04:00:00.000000', 'review', 0)"
    )
    con.execute(
        "INSERT INTO review (user_id, question_id, rating, duration_ms, state_before, state_after, reviewed_at, "
        "kind, mature) VALUES (1, 'sample-kuwait-apology', 1, 700, '{\"state\": 2, \"stability\": 3.0}', "
        "'{\"state\": 3}', '2026-01-25 04:00:00.000000', 'review', 0)"
    )
    con.commit()
    con.close()
    upgrade_database(app)
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        user = db.session.get(User, 1)
        assert (user.fsrs_parameters, user.password_hash, user.is_teacher, user.desired_retention) == (
            None,
            "hash-kept",
            True,
            0.85,
        )
        first, second = db.session.scalars(db.select(Review).order_by(Review.id)).all()
        assert (first.source_id, first.rating, first.duration_ms, first.review_card) == (None, 3, 900, False)
        assert (second.review_card, second.mature) == (True, False)  # backfilled from its state_before
        assert index_is_empty(db.session) and search_questions(db.session, "embassy") == []
        sync_bank(db.session, SAMPLE_BANK, ROOT / "seeds", ROOT)
        assert search_questions(db.session, "Kuwaït embassy") == ["sample-kuwait-embassy-reopened"]
        db.session.execute(db.text("DELETE FROM search_index"))
        db.session.execute(db.text("DELETE FROM search_fts"))
        db.session.commit()
        sync_bank(db.session, SAMPLE_BANK, ROOT / "seeds", ROOT)  # nothing changed, but the empty index is filled
        assert search_questions(db.session, "Kuwaït embassy") == ["sample-kuwait-embassy-reopened"]
        db.engine.dispose()
    assert schema_differences(app) == []
