"""Scheduling fixtures: a student in an app context on the sample bank, and a helper that grades cards."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.db import db
from quizapp.models import CardState, Question, User
from quizapp.reviews import Answer, card_for, record_review
from quizapp.scheduling import Rating
from tests.factories import make_user

# A fixed Monday noon (UTC): tests pass `now` explicitly, so they never depend on the clock.
NOON = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def student(app):
    """A fresh user, inside an app context for the whole test."""
    with app.app_context():
        yield make_user()


def grade(user: User, question_id: str, rating: Rating, now: dt.datetime) -> CardState:
    """Answer a card with a grade at `now`, as the study page does; return its new state."""
    card = card_for(db.session, user, question_id)
    record_review(
        db.session, user, db.session.get(Question, question_id), rating, Answer(), card.reps if card else 0, now=now
    )
    return card_for(db.session, user, question_id)
