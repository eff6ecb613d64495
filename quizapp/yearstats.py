"""The longer views of the stats page: a year of reviews per day, true retention by period, time per day.

Read from the stored per-day totals (quizapp.reviewdays): one indexed range of at most 365 day rows, counted
in the student's zone and day start, serves the heatmap, the minutes and the retention table. A review is
young or mature by the card it was answered on: a review card (Review.review_card) with an interval under
21 days is young, 21 days or more mature (Review.mature).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quizapp.models import User
from quizapp.reviewdays import YEAR_DAYS, YearOfDays, year_days
from quizapp.stats import PassRate

__all__ = ["HEATMAP_DAYS", "PERIODS", "TIME_DAYS", "RetentionRow", "YearStats", "year_stats"]

HEATMAP_DAYS = YEAR_DAYS
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


def reviews_per_day(days: YearOfDays) -> list[tuple[dt.date, int]]:
    """Return the reviews of each of the last 365 study days, ending today."""
    return list(zip(_days(days.first, HEATMAP_DAYS), days.last("reviews", HEATMAP_DAYS), strict=True))


def minutes_per_day(days: YearOfDays) -> list[tuple[dt.date, float]]:
    """Return the minutes spent answering on each of the last 30 study days."""
    first = days.first + dt.timedelta(days=HEATMAP_DAYS - TIME_DAYS)
    durations = days.last("duration_ms", TIME_DAYS)
    return [(day, round(ms / 60000, 1)) for day, ms in zip(_days(first, TIME_DAYS), durations, strict=True)]


def retention_by_period(days: YearOfDays) -> list[RetentionRow]:
    """Return true retention (reviews of review cards passed) for today, 7, 30 and 365 days, young and mature."""
    return [
        RetentionRow(
            name,
            PassRate(days.since("young", length), days.since("young_passed", length)),
            PassRate(days.since("mature", length), days.since("mature_passed", length)),
        )
        for name, length in PERIODS
    ]


@functools.lru_cache(maxsize=8)
def _days(first: dt.date, count: int) -> tuple[dt.date, ...]:
    """Return `count` days from `first`; kept, since every stats page of a day asks for the same ones."""
    return tuple(first + dt.timedelta(days=n) for n in range(count))


def year_stats(session: Session, user: User, today: dt.date) -> YearStats:
    """Compute the heatmap's year, the retention table and the time per day as of the study day `today`."""
    days = year_days(session, user, today)
    return YearStats(reviews_per_day(days), retention_by_period(days), minutes_per_day(days))
