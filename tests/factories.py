"""Small factories for per-user rows (users, card states, reviews), written straight to the database."""

from __future__ import annotations

import datetime as dt

from quizapp.db import db
from quizapp.models import CardState, CardStateKind, Review, User

UTC = dt.UTC


def make_user(
    username: str = "student",
    timezone: str = "UTC",
    day_starts_at_hour: int = 4,
    password: str = "correct horse battery",
) -> User:
    """Add and commit a user (call inside an app context)."""
    user = User(username=username, timezone=timezone, day_starts_at_hour=day_starts_at_hour)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def add_card(
    user: User,
    question_id: str,
    state: CardStateKind,
    due: dt.datetime,
    interval_days: float = 1.0,
    stability: float = 1.0,
) -> CardState:
    """Add a card state whose last review was `interval_days` before `due`."""
    card = CardState(
        user_id=user.id,
        question_id=question_id,
        state=state,
        step=None if state == 2 else 0,
        stability=stability,
        difficulty=5.0,
        due=due,
        last_review=due - dt.timedelta(days=interval_days),
        reps=1,
    )
    db.session.add(card)
    db.session.commit()
    return card


def snapshot(state: CardStateKind, interval_days: float, at: dt.datetime, stability: float = 1.0) -> dict:
    """Return a Review.state_before snapshot of a card due at `at` after an interval of `interval_days`."""
    return {
        "state": int(state),
        "step": None,
        "stability": stability,
        "difficulty": 5.0,
        "due": at.isoformat(),
        "last_review": (at - dt.timedelta(days=interval_days)).isoformat(),
        "reps": 3,
        "lapses": 0,
    }


def add_review(user: User, question_id: str, rating: int, at: dt.datetime, before: dict | None = None) -> Review:
    """Add a review row answered at `at` with the given grade (1 Again ... 4 Easy)."""
    review = Review(
        user_id=user.id,
        question_id=question_id,
        rating=rating,
        auto_correct=None,
        state_before=before,
        state_after={"state": 2},
        reviewed_at=at,
        kind="review",
    )
    db.session.add(review)
    db.session.commit()
    return review
