"""A student's study statistics, computed from the review log and card states (no Flask needed).

Days are study days: in the student's time zone, starting at their day-start hour, as the queue counts them.
A review is correct when graded Hard, Good or Easy (not Again). True retention counts only reviews of
mature cards: cards in review whose interval (or, lacking one, stability) was at least 21 days.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizapp.models import CardState, CardStateKind, Deck, Question, Review, User
from quizapp.studyday import study_date, zone_named

AGAIN = 1
MATURE_DAYS = 21
HISTORY_DAYS = 30
FORECAST_DAYS = 14


@dataclass(frozen=True)
class DayReviews:
    """How many reviews one study day had, and how many of them were correct."""

    day: dt.date
    reviews: int
    correct: int


@dataclass(frozen=True)
class PassRate:
    """A count of reviews and how many passed; `percent` is None when there were none."""

    reviews: int
    passed: int

    @property
    def percent(self) -> float | None:
        """Return the share passed, 0–100, or None with no reviews."""
        return 100 * self.passed / self.reviews if self.reviews else None


@dataclass(frozen=True)
class StudyStats:
    """Everything the stats page shows."""

    today: dt.date
    per_day: list[DayReviews]
    correct: PassRate
    true_retention: PassRate
    states: dict[str, int]
    forecast: list[tuple[dt.date, int]]
    streak: int
    total_reviews: int


def is_mature(state: dict | None) -> bool:
    """Tell whether a card snapshot (Review.state_before) was a review card with an interval of 21+ days."""
    if not state or state.get("state") != CardStateKind.REVIEW:
        return False
    if state.get("due") and state.get("last_review"):
        interval = dt.datetime.fromisoformat(state["due"]) - dt.datetime.fromisoformat(state["last_review"])
        return interval >= dt.timedelta(days=MATURE_DAYS)
    return (state.get("stability") or 0) >= MATURE_DAYS


def streak_length(days: set[dt.date], today: dt.date) -> int:
    """Count the days in a row with reviews, ending today (or yesterday, if today has none yet)."""
    day = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def card_states(session: Session, user: User) -> dict[str, int]:
    """Count the user's live cards as new, learning, relearning, young and mature."""
    live = (select(Question.id).join(Deck).where(Question.retired.is_(False), Deck.retired.is_(False)))
    total = session.scalar(select(func.count()).select_from(live.subquery()))
    cards = session.scalars(select(CardState).where(CardState.user_id == user.id,
                                                    CardState.question_id.in_(live))).all()
    counts = {"new": total - len(cards), "learning": 0, "relearning": 0, "young": 0, "mature": 0}
    for card in cards:
        if card.state == CardStateKind.REVIEW:
            interval = (card.due - card.last_review) if card.last_review else dt.timedelta(0)
            counts["mature" if interval >= dt.timedelta(days=MATURE_DAYS) else "young"] += 1
        else:
            counts["learning" if card.state == CardStateKind.LEARNING else "relearning"] += 1
    return counts


def due_forecast(session: Session, user: User, today: dt.date) -> list[tuple[dt.date, int]]:
    """Count the live cards falling due on each of the next 14 study days; overdue ones count today."""
    zone, hour = zone_named(user.timezone), user.day_starts_at_hour
    dues = session.scalars(
        select(CardState.due).join(Question).join(Deck)
        .where(CardState.user_id == user.id, Question.retired.is_(False), Deck.retired.is_(False)))
    per_day = Counter(max(study_date(due, zone, hour), today) for due in dues)
    return [(today + dt.timedelta(days=n), per_day[today + dt.timedelta(days=n)]) for n in range(FORECAST_DAYS)]


def study_stats(session: Session, user: User, now: dt.datetime) -> StudyStats:
    """Compute the user's statistics as of `now`."""
    zone, hour = zone_named(user.timezone), user.day_starts_at_hour
    today = study_date(now, zone, hour)
    first_day = today - dt.timedelta(days=HISTORY_DAYS - 1)
    rows = session.execute(select(Review.reviewed_at, Review.rating, Review.state_before)
                           .where(Review.user_id == user.id)).all()
    reviews, correct, active_days = Counter(), Counter(), set()
    mature = mature_passed = 0
    for reviewed_at, rating, before in rows:
        day = study_date(reviewed_at, zone, hour)
        active_days.add(day)
        if first_day <= day <= today:
            reviews[day] += 1
            correct[day] += rating != AGAIN
        if is_mature(before):
            mature += 1
            mature_passed += rating != AGAIN
    days = [first_day + dt.timedelta(days=n) for n in range(HISTORY_DAYS)]
    return StudyStats(
        today=today, per_day=[DayReviews(day, reviews[day], correct[day]) for day in days],
        correct=PassRate(sum(reviews.values()), sum(correct.values())),
        true_retention=PassRate(mature, mature_passed), states=card_states(session, user),
        forecast=due_forecast(session, user, today), streak=streak_length(active_days, today),
        total_reviews=len(rows))
