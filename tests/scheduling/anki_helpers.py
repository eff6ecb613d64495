"""Helpers for the scheduling tests: a card state written straight to the database, fsrs as the oracle."""

from __future__ import annotations

import datetime as dt

from fsrs import Card, Rating, Scheduler, State

from quizapp.db import db
from quizapp.models import CardState, User

UTC = dt.UTC
DAY = dt.timedelta(days=1)


def review_card(
    user: User,
    question_id: str,
    *,
    last_review: dt.datetime,
    due: dt.datetime,
    stability: float = 1.0,
    difficulty: float = 5.0,
    state: State = State.Review,
) -> CardState:
    """Store a card in review (or relearning, step 0) last reviewed at `last_review`, due at `due`."""
    card = CardState(
        user_id=user.id,
        question_id=question_id,
        state=int(state),
        step=None if state == State.Review else 0,
        stability=stability,
        difficulty=difficulty,
        due=due,
        last_review=last_review,
        reps=5,
        lapses=0,
    )
    db.session.add(card)
    db.session.commit()
    return card


def fsrs_after(
    stability: float, difficulty: float, elapsed_days: int, rating: Rating, state: State = State.Review
) -> Card:
    """Return what plain fsrs makes of a card reviewed `elapsed_days` whole days after its last review."""
    now = dt.datetime(2030, 1, 10, 12, tzinfo=UTC)
    card = Card(
        card_id=1,
        state=state,
        step=None if state == State.Review else 0,
        stability=stability,
        difficulty=difficulty,
        due=now,
        last_review=now - elapsed_days * DAY,
    )
    return Scheduler(enable_fuzzing=False).review_card(card, rating, review_datetime=now)[0]


def fsrs_days(card: Card) -> int:
    """Return the whole days fsrs asked for (it schedules `last_review + n days`)."""
    return (card.due - card.last_review).days
