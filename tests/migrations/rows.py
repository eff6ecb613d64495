"""Rows written straight into a database at 0013_issue13e or later (deck digests and live counts, teachers),
before it is upgraded: one deck of short questions and one student, as the migration tests need them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def insert_deck_and_student(con: sqlite3.Connection, question_ids: Sequence[str], live_questions: int) -> None:
    """Write the deck 'capitals' with one short question per id (in that order) and the student 'amira' (id 1)."""
    con.execute(
        "INSERT INTO deck (key, title, description, tags, file, retired, digest, live_questions) "
        "VALUES ('capitals', 'Capitals', '', '[]', 'questions/capitals.yaml', 0, '', ?)",
        (live_questions,),
    )
    for position, qid in enumerate(question_ids):
        con.execute(
            "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
            "explanation, hint, fact, tags, line, retired) VALUES (?, 'capitals', ?, 'short', 'Which?', '', 'x', "
            "'[]', '[]', '', '', '', '[]', 1, 0)",
            (qid, position),
        )
    con.execute(
        "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, timezone, "
        "day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, single_key_shortcuts, "
        "is_teacher) VALUES (1, 'amira', 'amira', 'hash', 1, '2026-01-01 10:00:00.000000', 'UTC', 4, 0.9, "
        "20, 200, 1, 0)"
    )
