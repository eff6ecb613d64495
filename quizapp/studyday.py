"""The student's study day: its bounds in their own time zone, and what is left of today's limits.

A study day runs from `User.day_starts_at_hour` (4 a.m. by default, as in Anki) in `User.timezone`
to the same hour the next day; daily limits, sibling burying and undo all count within it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, or_

from quizapp.db import db, utcnow
from quizapp.models import CardStateKind, Question, Review, User


def zone_named(name: str) -> ZoneInfo:
    """Return the named time zone, or UTC if the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def study_date(when: dt.datetime, zone: ZoneInfo, starts_at_hour: int) -> dt.date:
    """Return the study day a moment belongs to: before the day-start hour counts for the day before."""
    return (when.astimezone(zone) - dt.timedelta(hours=starts_at_hour)).date()


def study_day(now: dt.datetime, timezone: str, starts_at_hour: int) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC start and end of the study day holding `now`, in the given zone and day start."""
    zone, hour = zone_named(timezone), min(max(starts_at_hour, 0), 23)
    day = study_date(now, zone, hour)
    start = dt.datetime.combine(day, dt.time(hour), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(hour), tzinfo=zone)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def user_day(user: User, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC bounds of the user's current study day."""
    return study_day(now or utcnow(), user.timezone, user.day_starts_at_hour)


@dataclass(frozen=True)
class Today:
    """One user's study day at one moment: its bounds and what is left of the daily limits."""

    user_id: int
    now: dt.datetime
    start: dt.datetime
    end: dt.datetime
    new_left: int
    reviews_left: int

    @property
    def not_buried(self) -> ColumnElement[bool]:
        """A filter on Question: no sibling (same non-empty fact) was answered today."""
        answered_facts = (db.select(Question.fact).join(Review, Review.question_id == Question.id)
                          .where(Review.user_id == self.user_id, Review.reviewed_at >= self.start,
                                 Review.reviewed_at < self.end, Question.fact != ""))
        return or_(Question.fact == "", Question.fact.not_in(answered_facts))


def today_for(user: User, now: dt.datetime | None = None) -> Today:
    """Return the user's study day with today's answers counted against the new and review limits."""
    now = now or utcnow()
    start, end = user_day(user, now)
    # state_before is None for a card answered while new; its "state" tells a review from a learning step.
    answered = db.session.scalars(db.select(Review.state_before).where(
        Review.user_id == user.id, Review.reviewed_at >= start, Review.reviewed_at < end)).all()
    introduced = sum(1 for before in answered if before is None)
    reviewed = sum(1 for before in answered if before and before.get("state") == CardStateKind.REVIEW)
    return Today(user_id=user.id, now=now, start=start, end=end,
                 new_left=max(user.new_cards_per_day - introduced, 0),
                 reviews_left=max(user.reviews_per_day - reviewed, 0))
