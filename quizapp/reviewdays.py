"""Read each user's per-study-day review totals (ReviewDay), rebuilding them when they are stale (Flask-free).

The rows are kept in step with the log as reviews are written (quizapp.models.reviewdays). They are counted
anew from the log when the user's clock (time zone, day-start hour) is no longer the one they were counted on,
or when a history import rewrote the log (`forget_days`): reading rebuilds first when needed, so a stale row
is never shown, and the stats page costs one indexed range of day rows instead of the log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp.db import read
from quizapp.models import Review, ReviewDay, ReviewDayClock, User
from quizapp.models.reviewdays import COUNTS, review_counts
from quizapp.requestmemo import forget_request_memo, request_memo
from quizapp.studyclock import StudyClock

__all__ = [
    "COUNTS",
    "YEAR_DAYS",
    "DayTotals",
    "YearOfDays",
    "clock_name",
    "days_in_a_row_before",
    "forget_days",
    "rebuild_days",
    "review_days",
    "totals_before",
    "totals_by_day",
    "year_days",
]

DayTotals = dict[str, int]
YEAR_DAYS = 365  # the stats page's longest view: its heatmap and retention table


def clock_name(timezone: str, starts_at_hour: int) -> str:
    """Return the name of the clock day rows are counted on, e.g. "Europe/Berlin@4"."""
    return f"{timezone}@{starts_at_hour}"


def totals_by_day(rows: Iterable[tuple], clock: StudyClock) -> dict[dt.date, DayTotals]:
    """Sum reviews (reviewed_at, rating, duration_ms, review_card, mature) into the study days of `clock`."""
    days: dict[dt.date, DayTotals] = {}
    for reviewed_at, rating, duration_ms, review_card, mature in rows:
        totals = days.setdefault(clock.day_of(reviewed_at), dict.fromkeys(COUNTS, 0))
        for name, value in review_counts(rating, duration_ms, bool(review_card), bool(mature)).items():
            totals[name] += value
    return days


def forget_days(session: Session, user: User) -> None:
    """Have the user's day rows counted anew on their next read (after a change to the log they cannot follow)."""
    session.execute(delete(ReviewDayClock).where(ReviewDayClock.user_id == user.id))
    forget_request_memo(session)  # the clock read earlier in this unit of work is gone now


def review_days(session: Session, user: User, first: dt.date, last: dt.date | None = None) -> dict[dt.date, DayTotals]:
    """Return the user's totals of each study day from `first` (to `last`), keyed by day; days without reviews are absent."""
    _ensure_counted(session, user)
    params = {"user": user.id, "first": first, "last": last or dt.date.max}
    return {row[0]: dict(zip(COUNTS, row[1:], strict=True)) for row in read(session, _DAYS_BETWEEN, params)}


@dataclass(frozen=True)
class YearOfDays:
    """The day totals of the YEAR_DAYS study days up to today, one list per count, oldest day first.

    Index YEAR_DAYS - 1 is today; a day without reviews holds 0. Days after today (an imported history can leave
    some) follow it, so a sum over the last n entries covers "from n days back on", as a scan of the rows would.
    """

    first: dt.date
    counts: dict[str, list[int]]

    def last(self, name: str, count: int) -> list[int]:
        """Return one count of the `count` days ending today, oldest first."""
        return self.counts[name][YEAR_DAYS - count : YEAR_DAYS]

    def since(self, name: str, count: int) -> int:
        """Sum one count over the `count` days ending today and any after."""
        return sum(self.counts[name][YEAR_DAYS - count :])


def year_days(session: Session, user: User, today: dt.date) -> YearOfDays:
    """Return the day totals of the YEAR_DAYS study days up to `today` (and any after), read once per unit of work.

    The stats page's 30 days, its streak, heatmap, minutes and retention table all come from this one read.
    """
    return request_memo(session, ("year days", user.id, today), lambda: _read_year(session, user, today))


def _read_year(session: Session, user: User, today: dt.date) -> YearOfDays:
    """Read the year's day rows in one fetch and lay each count out by day (not a dict of totals per row)."""
    _ensure_counted(session, user)
    first = today - dt.timedelta(days=YEAR_DAYS - 1)
    rows = read(session, _DAYS_BETWEEN, {"user": user.id, "first": first, "last": dt.date.max}).all()
    counts = {name: [0] * YEAR_DAYS for name in COUNTS}
    if rows:
        days, *columns = zip(*rows, strict=True)
        offsets = [(day - first).days for day in days]
        size = max(YEAR_DAYS, max(offsets) + 1)
        for name, values in zip(COUNTS, columns, strict=True):
            laid_out = counts[name] if size == YEAR_DAYS else [0] * size
            for offset, value in zip(offsets, values, strict=True):
                laid_out[offset] = value
            counts[name] = laid_out
    return YearOfDays(first, counts)


def days_in_a_row_before(session: Session, user: User, before: dt.date) -> int:
    """Count the study days with reviews in a row ending the day before `before` (0 when that day has none).

    Read latest first, a few hundred days at a time, up to the first day without reviews: a streak of years
    costs its own days, not the user's whole history.
    """
    _ensure_counted(session, user)
    count, expected = 0, before - dt.timedelta(days=1)
    while True:
        days = read(session, _STUDIED_BEFORE, {"user": user.id, "before": expected + dt.timedelta(days=1)}).scalars()
        chunk = 0
        for day in days:
            if day != expected:
                return count
            count, chunk, expected = count + 1, chunk + 1, expected - dt.timedelta(days=1)
        if chunk < _CHUNK_DAYS:
            return count


_CHUNK_DAYS = 400
_STUDIED_BEFORE = (
    select(ReviewDay.day)
    .where(ReviewDay.user_id == bindparam("user"), ReviewDay.day < bindparam("before"), ReviewDay.reviews > 0)
    .order_by(ReviewDay.day.desc())
    .limit(_CHUNK_DAYS)
)


# The stats page's statements, built once with bound parameters: building and caching a fresh select for each
# request cost more than running it (the seven sums of totals_before: 0.56 ms built, 0.05 ms kept).
_DAYS_BETWEEN = select(ReviewDay.day, *(getattr(ReviewDay, name) for name in COUNTS)).where(
    ReviewDay.user_id == bindparam("user"), ReviewDay.day >= bindparam("first"), ReviewDay.day <= bindparam("last")
)
_BEFORE = select(*(func.coalesce(func.sum(getattr(ReviewDay, name)), 0) for name in COUNTS)).where(
    ReviewDay.user_id == bindparam("user"), ReviewDay.day < bindparam("before")
)
_CLOCK = select(ReviewDayClock.clock).where(ReviewDayClock.user_id == bindparam("user"))


def totals_before(session: Session, user: User, before: dt.date) -> DayTotals:
    """Return the user's totals over every study day before `before`.

    The stats page's all-time figures are the year it has read already plus these: a range of the days before
    the year, not a second pass over the year's rows.
    """
    _ensure_counted(session, user)
    return dict(zip(COUNTS, read(session, _BEFORE, {"user": user.id, "before": before}).one(), strict=True))


def _ensure_counted(session: Session, user: User) -> None:
    """Rebuild the user's day rows when they were counted on another clock, or never.

    The stats page reads day rows three times: the clock is read once per unit of work (request_memo).
    """
    wanted = clock_name(user.timezone, user.day_starts_at_hour)
    counted_on = request_memo(
        session,
        ("day clock", user.id),
        lambda: read(session, _CLOCK, {"user": user.id}).scalar(),
    )
    if counted_on == wanted:
        return
    try:
        rebuild_days(session, user.id, StudyClock(user.timezone, user.day_starts_at_hour), wanted)
        session.commit()
    except IntegrityError:  # another request rebuilt them meanwhile: theirs are as good
        session.rollback()


def rebuild_days(session: Session, user_id: int, clock: StudyClock, name: str) -> None:
    """Count the user's day rows anew from the review log, on `clock` (called `name`); the caller commits."""
    session.execute(delete(ReviewDay).where(ReviewDay.user_id == user_id))
    session.execute(delete(ReviewDayClock).where(ReviewDayClock.user_id == user_id))
    rows = session.execute(
        select(Review.reviewed_at, Review.rating, Review.duration_ms, Review.review_card, Review.mature).where(
            Review.user_id == user_id
        )
    )
    days = totals_by_day(rows, clock)
    if days:
        session.execute(insert(ReviewDay), [{"user_id": user_id, "day": day, **totals} for day, totals in days.items()])
    session.execute(insert(ReviewDayClock).values(user_id=user_id, clock=name))
