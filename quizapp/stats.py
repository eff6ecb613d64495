"""A student's study statistics, computed from the review log and card states (no Flask needed).

Days are study days: in the student's time zone, starting at their day-start hour, as the queue counts them.
A review is correct when graded Hard, Good or Easy (not Again). True retention counts only reviews of
mature cards: cards in review whose interval (or, lacking one, stability) was at least 21 days.
Reviews are read from the stored per-day totals (quizapp.reviewdays: one indexed range of a year's day rows, kept as
reviews are written), cards are counted in SQL, so a student with years of history costs a few index reads.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, bindparam, false, func, literal_column, select
from sqlalchemy.orm import Session

from quizapp.db import UTCDateTime, read
from quizapp.live import dead_question_ids, has_dead_questions, live_question_total
from quizapp.maturity import MATURE_DAYS, is_mature
from quizapp.models import CardState, CardStateKind, User
from quizapp.queuesql import state_in
from quizapp.reviewdays import YEAR_DAYS, YearOfDays, days_in_a_row_before, totals_before, year_days
from quizapp.sqltime import days_between
from quizapp.studyclock import StudyClock

__all__ = [
    "DayReviews",
    "PassRate",
    "StudyStats",
    "card_maturity",
    "card_states",
    "due_forecast",
    "is_mature",
    "streak_length",
    "study_stats",
]

AGAIN = 1
HISTORY_DAYS = 30
FORECAST_DAYS = 30


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


def streak_length(days: set[dt.date], today: dt.date) -> int:
    """Count the days in a row with reviews, ending today (or yesterday, if today has none yet)."""
    day = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def _counted_cards(session: Session, user: User, *columns) -> dict:
    """Count the user's live cards grouped by `columns`: all their cards, less those on dead questions.

    Two index-driven counts instead of a join of every card with its question.
    """

    def grouped(dead_only: bool) -> dict:
        rows = read(session, _counted_statement(columns, dead_only), {"user": user.id})
        return {tuple(row[:-1]): row[-1] for row in rows}

    # Most schools have no retired question at all: then there is nothing to take away.
    dead = grouped(dead_only=True) if has_dead_questions(session) else {}
    return {key: number - dead.get(key, 0) for key, number in grouped(dead_only=False).items()}


@functools.lru_cache(maxsize=8)
def _counted_statement(columns: tuple, dead_only: bool) -> Select:
    """Build once the count of a user's cards grouped by `columns`, or of those on dead questions only."""
    dead = [CardState.question_id.in_(dead_question_ids())] if dead_only else []
    return select(*columns, func.count()).where(CardState.user_id == bindparam("user"), *dead).group_by(*columns)


def card_maturity() -> ColumnElement[bool]:
    """Return whether a card's interval is 21 days or more, as SQL (its constants inline, not bound).

    On SQLite this is the expression of the index ix_card_state_user_state_maturity (migration 0014_issue13f),
    which SQLite uses only for the same expression with the same constants: bound parameters would not match.
    """
    # A hair under 21 days: julianday() differences are floats, and an interval of exactly 21 days is mature.
    threshold: ColumnElement[float] = literal_column(repr(MATURE_DAYS - 1e-9))
    return func.coalesce(days_between(CardState.last_review, CardState.due) >= threshold, false())


def card_states(session: Session, user: User) -> dict[str, int]:
    """Count the user's live cards as new, learning, relearning, young and mature."""
    counts = {"new": live_question_total(session), "learning": 0, "relearning": 0, "young": 0, "mature": 0}
    for (state, is_mature_card), number in _counted_cards(session, user, *_STATE_AND_MATURITY).items():
        counts["new"] -= number
        if state == CardStateKind.REVIEW:
            counts["mature" if is_mature_card else "young"] += number
        else:
            counts["learning" if state == CardStateKind.LEARNING else "relearning"] += number
    return counts


_STATE_AND_MATURITY = (CardState.state, card_maturity())


def due_forecast(session: Session, user: User, today: dt.date) -> list[tuple[dt.date, int]]:
    """Count the live cards falling due on each of the next 30 study days; overdue ones count today.

    One scalar count per day, each a range of the (user, state, due) index, less the cards on dead questions.
    """
    clock = StudyClock(user.timezone, user.day_starts_at_hour)
    bounds = _day_bounds(clock, today, FORECAST_DAYS)
    params = _window_params(user, bounds)
    counts = list(read(session, _forecast_statement(FORECAST_DAYS, False), params).one())
    if has_dead_questions(session):
        dead = read(session, _forecast_statement(FORECAST_DAYS, True), params).one()
        counts = [number - gone for number, gone in zip(counts, dead, strict=True)]
    return [(day, counts[n]) for n, (day, _, _) in enumerate(bounds)]


def _day_bounds(clock: StudyClock, first: dt.date, count: int) -> list[tuple[dt.date, dt.datetime, dt.datetime]]:
    """Return each of `count` study days from `first` with its UTC start and end."""
    days = [first + dt.timedelta(days=n) for n in range(count + 1)]
    starts = [clock.start_of(day) for day in days]
    return [(days[n], starts[n], starts[n + 1]) for n in range(count)]


def _window_params(user: User, bounds: list[tuple[dt.date, dt.datetime, dt.datetime]]) -> dict:
    """Return the bound values of a per-day statement: the user, and the end of each day (the next one's start)."""
    params: dict = {"user": user.id}
    for n, (_, _, end) in enumerate(bounds):
        params[f"end{n}"] = end
    return params


def _day_window(column: SQLColumnExpression[dt.datetime], n: int) -> list[ColumnElement[bool]]:
    # A day starts where the one before it ends: one bound a day, not two of the same instant.
    ends = column < bindparam(f"end{n}", type_=UTCDateTime)
    return [ends] if n == 0 else [column >= bindparam(f"end{n - 1}", type_=UTCDateTime), ends]


# The forecast statement is built once (with bound parameters) and reused: building 30 subqueries for each
# request would cost more than running them.
@functools.cache
def _forecast_statement(count: int, dead_only: bool) -> Select:
    """Select the cards due on each day (the first day from the beginning of time), or only those on dead questions."""
    columns = []
    for n in range(count):
        window = _day_window(CardState.due, n)
        dead = [CardState.question_id.in_(dead_question_ids())] if dead_only else []
        columns.append(
            select(func.count())
            .where(CardState.user_id == bindparam("user"), state_in(CardStateKind), *window, *dead)
            .scalar_subquery()
        )
    return select(*columns)


def reviews_by_day(year: YearOfDays, count: int) -> list[DayReviews]:
    """Return the reviews and correct answers of the last `count` study days of the year, oldest first."""
    first = year.first + dt.timedelta(days=YEAR_DAYS - count)
    reviews, correct = year.last("reviews", count), year.last("correct", count)
    return [DayReviews(first + dt.timedelta(days=n), reviews[n], correct[n]) for n in range(count)]


def _streak(session: Session, user: User, year: YearOfDays) -> int:
    """Count the streak ending today or yesterday, reading earlier days only when it reaches back past the year."""
    reviews = year.last("reviews", YEAR_DAYS)
    latest = YEAR_DAYS - 1 if reviews[-1] else YEAR_DAYS - 2  # today not studied yet: the streak is not broken
    day = latest
    while day >= 0 and reviews[day]:
        day -= 1
    streak = latest - day
    if streak and day < 0:  # it may go on before the year
        streak += days_in_a_row_before(session, user, year.first)
    return streak


def study_stats(session: Session, user: User, now: dt.datetime) -> StudyStats:
    """Compute the user's statistics as of `now`."""
    clock = StudyClock(user.timezone, user.day_starts_at_hour)
    today = clock.day_of(now)
    year = year_days(session, user, today)
    per_day = reviews_by_day(year, HISTORY_DAYS)
    earlier = totals_before(session, user, year.first)
    totals = {name: earlier[name] + year.since(name, YEAR_DAYS) for name in ("reviews", "mature", "mature_passed")}
    return StudyStats(
        today=today,
        per_day=per_day,
        correct=PassRate(sum(d.reviews for d in per_day), sum(d.correct for d in per_day)),
        true_retention=PassRate(totals["mature"], totals["mature_passed"]),
        states=card_states(session, user),
        forecast=due_forecast(session, user, today),
        streak=_streak(session, user, year),
        total_reviews=totals["reviews"],
    )
