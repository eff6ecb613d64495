"""study_left (the study pages' new and due counts, with the new count stopped at today's room) agrees with
study_counts in every state of the day: fresh, limits partly used, limits used up, one deck or all."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.db import db
from quizapp.queue import next_card, study_counts, study_left
from quizapp.reviews import Answer, record_review
from quizapp.scheduling import Rating
from tests.factories import make_user

NOON = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def student(app):
    with app.app_context():
        yield make_user()


def agree(user, now) -> None:
    for deck in (None, "kuwait", "qatar"):
        full, left = study_counts(db.session, user, deck, now), study_left(db.session, user, deck, now)
        assert (left.new, left.due) == (full.new, full.due), deck


@pytest.mark.parametrize(("new_limit", "review_limit"), [(20, 200), (2, 200), (1, 1), (0, 200)])
def test_study_left_agrees_with_study_counts_through_a_day(student, new_limit, review_limit):
    student.new_cards_per_day, student.reviews_per_day = new_limit, review_limit
    db.session.commit()
    agree(student, NOON)
    for minute in range(4):
        queued = next_card(db.session, student, None, NOON + dt.timedelta(minutes=minute))
        if queued is None:
            break
        record_review(
            db.session,
            student,
            queued.question,
            Rating.Good,
            Answer(),
            queued.card.reps if queued.card else 0,
            now=NOON + dt.timedelta(minutes=minute),
        )
        agree(student, NOON + dt.timedelta(minutes=minute, seconds=30))
    agree(student, NOON + dt.timedelta(days=3))


def test_the_new_count_stops_at_the_room_left_today(student):
    student.new_cards_per_day = 2
    db.session.commit()
    assert study_counts(db.session, student, None, NOON).new_waiting > 2  # more new cards wait than today lets through
    assert study_left(db.session, student, None, NOON).new == 2
