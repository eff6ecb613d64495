"""Class fixtures: a teacher, a class of theirs with the kuwait deck assigned, and reviews as students make them."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.classes.assigned import assign_deck
from quizapp.classes.rooms import create_class, join_class
from quizapp.db import db
from quizapp.models import Review, User
from tests.factories import make_user

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
SHORT = "sample-kuwait-embassy-reopened"  # a short-answer question of the kuwait deck
CHOICE = "sample-kuwait-apology"
QATAR = "sample-qatar-map"  # in a deck the class is not assigned


@pytest.fixture
def school(app):
    """An app context with a teacher ("tamar") and her class "7B" with the kuwait deck assigned."""
    with app.app_context():
        teacher = make_user("tamar")
        teacher.is_teacher = True
        school_class = create_class(db.session, teacher, "7B")
        assign_deck(db.session, school_class, "kuwait")
        db.session.commit()
        yield school_class
        db.session.remove()


def student_in(school_class, name: str) -> User:
    """Add a student and put them in the class."""
    student = make_user(name)
    join_class(db.session, student, school_class)
    db.session.commit()
    return student


def answered(
    user: User,
    question_id: str,
    rating: int,
    at: dt.datetime = NOW,
    typed: str | None = None,
    duration_ms: int | None = None,
    before: dict | None = None,
) -> Review:
    """Add a review as the study page stores it: grade, typed answer, time taken, the card state before."""
    review = Review(
        user_id=user.id,
        question_id=question_id,
        rating=rating,
        typed_answer=typed,
        auto_correct=None,
        duration_ms=duration_ms,
        state_before=before,
        state_after={"state": 2},
        reviewed_at=at,
    )
    db.session.add(review)
    db.session.commit()
    return review
