"""The student's study day: its bounds in their own time zone, and what is left of today's limits.

A study day runs from `User.day_starts_at_hour` (4 a.m. by default, as in Anki) in `User.timezone`
to the same hour the next day; daily limits, sibling burying and undo all count within it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, bindparam, or_
from sqlalchemy.orm import Session

from quizapp.db import UTCDateTime, db, read, utcnow
from quizapp.models import CardStateKind, Question, Review, User
from quizapp.requestmemo import request_memo
from quizapp.studyclock import StudyClock, zone_named

__all__ = ["Today", "study_date", "study_day", "today_for", "user_day", "zone_named"]


def study_date(when: dt.datetime, zone: ZoneInfo, starts_at_hour: int) -> dt.date:
    """Return the study day a moment belongs to: before the day-start hour counts for the day before."""
    return (when.astimezone(zone) - dt.timedelta(hours=starts_at_hour)).date()


def study_day(now: dt.datetime, timezone: str, starts_at_hour: int) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC start and end of the study day holding `now`, in the given zone and day start."""
    clock = StudyClock(timezone, starts_at_hour)
    day = clock.day_of(now)
    return clock.start_of(day), clock.start_of(day + dt.timedelta(days=1))


def user_day(user: User, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC bounds of the user's current study day."""
    return study_day(now or utcnow(), user.timezone, user.day_starts_at_hour)


@dataclass(frozen=True)
class Today:
    """One user's study day at one moment: its bounds, what was done and what is left of the daily limits.

    As in Anki (new cards do not ignore the review limit), a new card counts against the review limit
    too: with a limit of 3 reviews a day, 3 reviews done leave no room for new cards.
    """

    user_id: int
    now: dt.datetime
    start: dt.datetime
    end: dt.datetime
    new_done: int
    reviews_done: int
    new_limit: int
    review_limit: int
    # New cards introduced today by question type and by deck, so the next new card can even them out.
    new_by_type: dict[str, int] = field(default_factory=dict)
    new_by_deck: dict[str, int] = field(default_factory=dict)

    @property
    def reviews_left(self) -> int:
        """Return how many more review cards today's review limit allows (new cards introduced count too)."""
        return max(self.review_limit - self.reviews_done - self.new_done, 0)

    @property
    def new_left(self) -> int:
        """Return how many more new cards today's limits allow, the review limit included."""
        return min(max(self.new_limit - self.new_done, 0), self.reviews_left)

    @property
    def params(self) -> dict[str, object]:
        """Return the values of the bound parameters the queue's statements use: user, day bounds, now."""
        return {"user": self.user_id, "start": self.start, "end": self.end, "now": self.now}

    @property
    def not_buried(self) -> ColumnElement[bool]:
        """A filter on Question: no sibling was answered today (same non-empty fact, or same source sentence).

        Two questions on one sentence give each other away: a cloze of "From 1967 to 1969, 60 percent..."
        shows the answer of the other cloze on that sentence. Its parameters are `params`.
        """
        return NOT_BURIED

    @property
    def buried(self) -> ColumnElement[bool]:
        """The opposite of `not_buried`, written as two IN lists so that the fact and quote indexes serve it."""
        return BURIED


def _answered_siblings() -> tuple[Select, Select]:
    """Select the non-empty facts and source sentences of the questions the user answered today."""
    answered = (
        db.select(Question.id)
        .join(Review, Review.question_id == Question.id)
        .where(
            Review.user_id == bindparam("user"),
            Review.reviewed_at >= bindparam("start", type_=UTCDateTime),
            Review.reviewed_at < bindparam("end", type_=UTCDateTime),
        )
    )
    return (
        answered.with_only_columns(Question.fact).where(Question.fact != ""),
        answered.with_only_columns(Question.source_quote).where(Question.source_quote != ""),
    )


_FACTS, _QUOTES = _answered_siblings()
# Built once, with bound parameters (user, start, end), so that no request pays for building them.
NOT_BURIED = and_(
    or_(Question.fact == "", Question.fact.not_in(_FACTS)),
    or_(Question.source_quote.is_(None), Question.source_quote == "", Question.source_quote.not_in(_QUOTES)),
)
BURIED = or_(Question.fact.in_(_FACTS), Question.source_quote.in_(_QUOTES))
_ANSWERED_TODAY = (
    db.select(Review.state_before, Question.type, Question.deck_key)
    .join(Question, Review.question_id == Question.id)
    .where(
        Review.user_id == bindparam("user"),
        Review.reviewed_at >= bindparam("start", type_=UTCDateTime),
        Review.reviewed_at < bindparam("end", type_=UTCDateTime),
    )
)


def today_for(session: Session, user: User, now: dt.datetime | None = None) -> Today:
    """Return the user's study day with today's answers counted against the new and review limits.

    A page asks several times (the queue, the counts, the idle reasons): the answers are read once per
    request and kept in the session until its next write (see request_memo).
    """
    now = now or utcnow()
    start, end = user_day(user, now)
    counted = request_memo(session, ("today", user.id, start, end), lambda: _answered_today(session, user, start, end))
    return dataclasses.replace(counted, now=now)


def _answered_today(session: Session, user: User, start: dt.datetime, end: dt.datetime) -> Today:
    # state_before is None for a card answered while new; its "state" tells a review from a learning step.
    answered = read(session, _ANSWERED_TODAY, {"user": user.id, "start": start, "end": end}).all()
    introduced = [row for row in answered if row.state_before is None]
    reviewed = sum(1 for row in answered if row.state_before and row.state_before.get("state") == CardStateKind.REVIEW)
    return Today(
        user_id=user.id,
        now=start,
        start=start,
        end=end,
        new_done=len(introduced),
        reviews_done=reviewed,
        new_limit=max(user.new_cards_per_day, 0),
        review_limit=max(user.reviews_per_day, 0),
        new_by_type=dict(Counter(row.type for row in introduced)),
        new_by_deck=dict(Counter(row.deck_key for row in introduced)),
    )
