"""Migration 0011_issue13b: a database at 0010_issue11c (the previous head) gains the per-day review totals,
backfilled from the reviews, equal to the figures counted from the raw rows in each user's own zone and day start."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from zoneinfo import ZoneInfo

from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.models import User
from quizapp.stats import study_stats
from tests.migrations.test_upgrade import app_at, head_revision, schema_differences

USERS = [(1, "UTC", 4), (2, "Asia/Kolkata", 0), (3, "America/New_York", 6)]  # Kolkata: a zone half an hour off
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def raw_reviews() -> list[tuple]:
    """Reviews of each user at times all over the day (so day starts and zones matter), as the log holds them."""
    rng = random.Random(13)
    rows = []
    for uid, _, _ in USERS:
        for _ in range(120):
            at = START + dt.timedelta(minutes=rng.randrange(60 * 24 * 40))
            rows.append(
                (
                    uid,
                    rng.choice([1, 2, 3, 4]),
                    rng.choice([None, 700, 4200]),
                    at,
                    rng.random() < 0.6,
                    rng.random() < 0.3,
                )
            )
    return rows


def expected_days(rows: list[tuple]) -> dict[tuple[int, str], tuple]:
    """Count the day totals straight from the raw rows, in each user's zone and day start."""
    clocks = {uid: (ZoneInfo(zone), hour) for uid, zone, hour in USERS}
    days: dict[tuple[int, str], list[int]] = {}
    for uid, rating, duration, at, review_card, mature in rows:
        zone, hour = clocks[uid]
        day = (at.astimezone(zone) - dt.timedelta(hours=hour)).date().isoformat()
        total = days.setdefault((uid, day), [0] * 7)
        passed = rating != 1
        mature = mature and review_card  # a mature review is always of a review card
        young = review_card and not mature
        for k, value in enumerate([1, passed, duration or 0, young, young and passed, mature, mature and passed]):
            total[k] += int(value)
    return {key: tuple(value) for key, value in days.items()}


def test_upgrading_from_0010_backfills_the_day_totals_from_the_reviews(tmp_path):
    path = tmp_path / "previous.sqlite"
    app = app_at(path, tmp_path, "0010_issue11c")
    rows = raw_reviews()
    con = sqlite3.connect(path)
    for uid, zone, hour in USERS:
        con.execute(
            "INSERT INTO user (id, username, username_key, password_hash, session_version, created_at, "
            "timezone, day_starts_at_hour, desired_retention, new_cards_per_day, reviews_per_day, "
            "single_key_shortcuts, is_teacher) VALUES (?, ?, ?, 'hash', 1, '2026-01-01 10:00:00.000000', ?, ?, "
            "0.9, 20, 200, 0, 0)",
            (uid, f"user{uid}", f"user{uid}", zone, hour),
        )
    con.execute(
        "INSERT INTO deck (key, title, description, tags, file, retired, digest) VALUES "
        "('d', 'D', '', '[]', 'questions/d.yaml', 0, '')"
    )
    con.execute(
        "INSERT INTO question (id, deck_key, position, type, prompt, text, answer, accept, choices, "
        "explanation, hint, fact, tags, line, retired) VALUES ('q1', 'd', 0, 'short', 'Who?', '', 'x', '[]', "
        "'[]', '', '', '', '[]', 1, 0)"
    )
    for uid, rating, duration, at, review_card, mature in rows:
        con.execute(
            "INSERT INTO review (user_id, question_id, rating, duration_ms, state_before, state_after, "
            "reviewed_at, kind, mature, review_card) VALUES (?, 'q1', ?, ?, NULL, '{}', ?, 'review', ?, ?)",
            (
                uid,
                rating,
                duration,
                at.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"),
                mature and review_card,
                review_card,
            ),
        )
    con.commit()
    con.close()

    upgrade_database(app)

    con = sqlite3.connect(path)
    stored = {
        (uid, day): tuple(counts)
        for uid, day, *counts in con.execute(
            "SELECT user_id, day, reviews, correct, duration_ms, young, young_passed, mature, mature_passed "
            "FROM review_day"
        )
    }
    clocks = dict(con.execute("SELECT user_id, clock FROM review_day_clock"))
    con.close()
    assert stored == expected_days(rows)
    assert clocks == {uid: f"{zone}@{hour}" for uid, zone, hour in USERS}
    assert schema_differences(app) == []
    with app.app_context():
        assert db.session.execute(db.text("SELECT version_num FROM alembic_version")).scalar_one() == head_revision()
        # The stats page reads the backfilled rows as they are (no rebuild): its figures are the raw rows' figures.
        kolkata = db.session.get(User, 2)
        stats = study_stats(db.session, kolkata, START + dt.timedelta(days=40))
        mine = [row for row in rows if row[0] == 2]
        assert stats.total_reviews == len(mine)
        assert stats.true_retention.reviews == sum(1 for row in mine if row[4] and row[5])
        db.engine.dispose()
