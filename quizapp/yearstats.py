"""The longer views of the stats page: a year of reviews per day, true retention by period, time per day.

Counted in SQL like quizapp.stats: one scalar count (or sum) per study day, each a range of the
(user, reviewed_at, rating) index, with the days' bounds computed in the student's zone; true retention is
one grouped count per period over the (user, review_card, reviewed_at, mature, rating) index. A review is
young or mature by the card it was answered on: a review card (Review.review_card) with an interval under
21 days is young, 21 days or more mature (Review.mature).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from quizapp.models import Review, User
from quizapp.stats import AGAIN, PassRate, _day_bounds, _day_window, _window_params
from quizapp.studyclock import StudyClock

__all__ = ["HEATMAP_DAYS", "PERIODS", "TIME_DAYS", "RetentionRow", "YearStats", "year_stats"]

HEATMAP_DAYS = 365
TIME_DAYS = 30
PERIODS = (("Today", 1), ("Last 7 days", 7), ("Last 30 days", 30), ("Last 365 days", 365))


@dataclass(frozen=True)
class RetentionRow:
    """True retention over one period: of young cards, of mature cards, and of both."""

    period: str
    young: PassRate
    mature: PassRate

    @property
    def total(self) -> PassRate:
        """Return young and mature together."""
        return PassRate(self.young.reviews + self.mature.reviews, self.young.passed + self.mature.passed)


@dataclass(frozen=True)
class YearStats:
    """A year of reviews per study day (oldest first), true retention by period, and minutes per day."""

    year: list[tuple[dt.date, int]]
    retention: list[RetentionRow]
    minutes: list[tuple[dt.date, float]]


@functools.cache
def _count_statement(count: int) -> Select:
    """Select the number of reviews of each day: one index range count per day."""
    return select(*(select(func.count()).where(Review.user_id == bindparam("user"), *_day_window(Review.reviewed_at, n))
                    .scalar_subquery() for n in range(count)))


@functools.cache
def _time_statement(count: int) -> Select:
    """Select the milliseconds spent answering on each day (reviews with no time count nothing)."""
    return select(*(select(func.coalesce(func.sum(Review.duration_ms), 0))
                    .where(Review.user_id == bindparam("user"), *_day_window(Review.reviewed_at, n))
                    .scalar_subquery() for n in range(count)))


def reviews_per_day(session: Session, user: User, clock: StudyClock, today: dt.date) -> list[tuple[dt.date, int]]:
    """Return the reviews of each of the last 365 study days, ending today."""
    bounds = _day_bounds(clock, today - dt.timedelta(days=HEATMAP_DAYS - 1), HEATMAP_DAYS)
    row = session.execute(_count_statement(HEATMAP_DAYS), _window_params(user, bounds)).one()
    return [(day, row[n]) for n, (day, _, _) in enumerate(bounds)]


def minutes_per_day(session: Session, user: User, clock: StudyClock, today: dt.date) -> list[tuple[dt.date, float]]:
    """Return the minutes spent answering on each of the last 30 study days."""
    bounds = _day_bounds(clock, today - dt.timedelta(days=TIME_DAYS - 1), TIME_DAYS)
    row = session.execute(_time_statement(TIME_DAYS), _window_params(user, bounds)).one()
    return [(day, round(row[n] / 60000, 1)) for n, (day, _, _) in enumerate(bounds)]


def retention_by_period(session: Session, user: User, clock: StudyClock, today: dt.date) -> list[RetentionRow]:
    """Return true retention (reviews of review cards passed) for today, 7, 30 and 365 days, young and mature."""
    rows = []
    for name, days in PERIODS:
        start = clock.start_of(today - dt.timedelta(days=days - 1))
        counts = {mature: PassRate(number, passed or 0) for mature, number, passed in session.execute(
            select(Review.mature, func.count(), func.sum(case((Review.rating != AGAIN, 1), else_=0)))
            .where(Review.user_id == user.id, Review.review_card.is_(True), Review.reviewed_at >= start)
            .group_by(Review.mature))}
        rows.append(RetentionRow(name, counts.get(False, PassRate(0, 0)), counts.get(True, PassRate(0, 0))))
    return rows


def year_stats(session: Session, user: User, today: dt.date) -> YearStats:
    """Compute the heatmap's year, the retention table and the time per day as of the study day `today`."""
    clock = StudyClock(user.timezone, user.day_starts_at_hour)
    return YearStats(reviews_per_day(session, user, clock, today), retention_by_period(session, user, clock, today),
                     minutes_per_day(session, user, clock, today))
