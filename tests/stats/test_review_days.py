"""The stored per-day review totals stay equal to the totals counted from the review log: on grading, on undo,
on a history import, on a card reset, and when the student moves to another time zone or day start."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from quizapp.db import db
from quizapp.export.guids import note_guid
from quizapp.export.revlog import HistoryEntry
from quizapp.history import import_history
from quizapp.holds import reset
from quizapp.models import Question, Review, ReviewDay
from quizapp.reviewdays import review_days, totals_by_day
from quizapp.reviews import Answer, record_review, undo_last_review
from quizapp.scheduling import Rating
from quizapp.studyclock import StudyClock
from tests.factories import make_user

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 21, 30, tzinfo=UTC)  # 00:30 next day in Kuwait, 03:00 next day in Kolkata


def stored(user) -> dict:
    """The user's stored day rows, as totals_by_day gives them."""
    rows = db.session.scalars(select(ReviewDay).where(ReviewDay.user_id == user.id))
    return {
        row.day: {
            name: getattr(row, name)
            for name in ("reviews", "correct", "duration_ms", "young", "young_passed", "mature", "mature_passed")
        }
        for row in rows
    }


def from_log(user) -> dict:
    """The totals counted from the user's review log on their clock now."""
    rows = db.session.execute(
        select(Review.reviewed_at, Review.rating, Review.duration_ms, Review.review_card, Review.mature).where(
            Review.user_id == user.id
        )
    )
    return totals_by_day(rows, StudyClock(user.timezone, user.day_starts_at_hour))


@pytest.fixture
def student(app):
    with app.app_context():
        user = make_user("kuwaiti", timezone="Asia/Kuwait")
        review_days(db.session, user, dt.date.min)  # counted once (empty): from now on rows follow every write
        yield user


def grade_days(user, questions, days: int) -> None:
    """Grade every question once a day for `days` days, alternating Again and Good, in the late evening."""
    for day in range(days):
        for n, question in enumerate(questions):
            card = db.session.get(Question, question.id)
            reps = day  # each grading adds one rep
            record_review(
                db.session,
                user,
                card,
                Rating.Again if (n + day) % 3 == 0 else Rating.Good,
                Answer(duration_ms=1500),
                reps,
                now=NOW - dt.timedelta(days=days - day, minutes=n),
            )


def test_grading_and_undo_keep_the_day_totals_equal_to_the_log(student):
    questions = db.session.scalars(select(Question).order_by(Question.id).limit(4)).all()
    grade_days(student, questions, 30)
    assert stored(student) == from_log(student) and sum(d["reviews"] for d in stored(student).values()) == 120
    assert sum(d["mature"] + d["young"] for d in stored(student).values()) > 0  # review cards counted too
    for _ in range(3):
        assert undo_last_review(db.session, student, NOW - dt.timedelta(days=1)) is not None
    assert stored(student) == from_log(student) and sum(d["reviews"] for d in stored(student).values()) == 117
    reset(db.session, student, questions[0].id)  # the card is new again; its history stays, and so do its days
    assert stored(student) == from_log(student)


def test_a_new_time_zone_or_day_start_counts_the_days_anew(student):
    questions = db.session.scalars(select(Question).order_by(Question.id).limit(3)).all()
    grade_days(student, questions, 5)
    kuwait = stored(student)
    student.timezone, student.day_starts_at_hour = "Asia/Kolkata", 0
    db.session.commit()
    days = review_days(db.session, student, dt.date.min)
    assert days == from_log(student) == stored(student) and days != kuwait  # 21:30 UTC is another day in Kolkata
    student.day_starts_at_hour = 4
    db.session.commit()
    assert review_days(db.session, student, dt.date.min) == from_log(student)


def test_a_history_import_counts_the_days_anew(student):
    question = db.session.scalars(select(Question).order_by(Question.id).limit(1)).one()
    entries = [HistoryEntry(note_guid(question.id), NOW - dt.timedelta(days=40 - 3 * n), 3, 2000) for n in range(10)]
    assert import_history(db.session, student, entries).added == 10
    assert review_days(db.session, student, dt.date.min) == from_log(student)
    assert sum(d["reviews"] for d in stored(student).values()) == 10
