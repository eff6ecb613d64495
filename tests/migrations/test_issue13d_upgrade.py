"""Migration 0012_issue13d: a database at 0011_issue13b (the previous head) gains each deck's stored count of
questions not retired, backfilled from its questions; Home shows the same totals as before."""

from __future__ import annotations

import sqlite3

from sqlalchemy import select

from quizapp.db import db
from quizapp.live import deck_question_count, live_question_total
from quizapp.models import Deck
from tests.migrations.test_upgrade import app_at, upgrade_to_head

# (deck, retired) and each deck's questions as (id, retired)
DECKS = {("capitals", 0): [("c1", 0), ("c2", 0), ("c3", 1)], ("rivers", 0): [("r1", 1)], ("old", 1): [("o1", 0)]}


def test_upgrading_from_0011_counts_each_decks_questions_that_are_not_retired(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0011_issue13b")
    con = sqlite3.connect(path)
    for (key, deck_retired), questions in DECKS.items():
        con.execute(
            "INSERT INTO deck (key, title, description, tags, file, retired, digest) VALUES (?, ?, '', '[]', ?, ?, '')",
            (key, key.title(), f"questions/{key}.yaml", deck_retired),
        )
        for position, (qid, retired) in enumerate(questions):
            con.execute(
                "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
                "explanation, hint, fact, tags, line, retired) VALUES (?, ?, ?, 'short', 'Which?', '', 'x', '[]', "
                "'[]', '', '', '', '[]', 1, ?)",
                (qid, key, position, retired),
            )
    con.commit()
    con.close()

    upgrade_to_head(app)

    with app.app_context():
        assert dict(db.session.execute(select(Deck.key, Deck.live_questions)).all()) == {
            "capitals": 2,
            "rivers": 0,
            "old": 1,  # its questions' own count; a retired deck shows none (below)
        }
        assert deck_question_count(db.session, "capitals") == 2 and deck_question_count(db.session, "old") == 0
        assert live_question_total(db.session) == 2
        db.engine.dispose()
