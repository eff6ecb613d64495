"""Per-user, per-study-day totals of the review log, kept as reviews are written (what the stats page reads).

Every review the ORM inserts or deletes is added to (or taken from) its day's row in the same flush.

A row's `day` is a study day on the clock (time zone and day-start hour) that ReviewDayClock names for the user;
when the user's clock is no longer that one, the rows are rebuilt from the reviews (quizapp.reviewdays).
"""

from __future__ import annotations

import datetime as dt
import functools

from sqlalchemy import Connection, Date, ForeignKey, Insert, String, bindparam, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from quizapp.db import Model
from quizapp.maturity import is_mature, was_review_card
from quizapp.studyclock import StudyClock


class ReviewDay(Model):
    """One study day of one user: reviews, correct ones, time spent, and true retention's young and mature."""

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    reviews: Mapped[int] = mapped_column(default=0)
    correct: Mapped[int] = mapped_column(default=0)  # graded Hard, Good or Easy
    duration_ms: Mapped[int] = mapped_column(default=0)  # reviews with no time count nothing
    young: Mapped[int] = mapped_column(default=0)  # answers on review cards with an interval under 21 days
    young_passed: Mapped[int] = mapped_column(default=0)
    mature: Mapped[int] = mapped_column(default=0)  # answers on mature cards (Review.mature)
    mature_passed: Mapped[int] = mapped_column(default=0)


class ReviewDayClock(Model):
    """The clock ("Europe/Berlin@4") a user's ReviewDay rows were counted on; no row: none counted yet."""

    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True)
    clock: Mapped[str] = mapped_column(String(80))


AGAIN = 1
COUNTS = ("reviews", "correct", "duration_ms", "young", "young_passed", "mature", "mature_passed")


def review_counts(rating: int, duration_ms: int | None, review_card: bool, mature: bool) -> dict[str, int]:
    """Return what one review adds to its day's totals."""
    passed = int(rating != AGAIN)
    young = review_card and not mature
    return {
        "reviews": 1,
        "correct": passed,
        "duration_ms": duration_ms or 0,
        "young": int(young),
        "young_passed": passed if young else 0,
        "mature": int(mature),
        "mature_passed": passed if mature else 0,
    }


@event.listens_for(Session, "after_flush")
def _count_flushed_reviews(session: Session, context: object) -> None:
    """Add every review the flush inserted to its day's totals, and take away every one it deleted.

    Done here, in the review's own transaction, so that no way of writing a review through the ORM (grading,
    undo, a history import, a test's factory) can leave the totals behind.
    """
    from quizapp.models.progress import Review
    from quizapp.models.user import User

    changes = [(row, 1) for row in session.new if isinstance(row, Review)]
    changes += [(row, -1) for row in session.deleted if isinstance(row, Review)]
    for review, sign in changes:
        user = session.get(User, review.user_id)
        if user is None:
            continue
        day = StudyClock(user.timezone, user.day_starts_at_hour).day_of(review.reviewed_at)
        counts = review_counts(
            review.rating, review.duration_ms, was_review_card(review.state_before), is_mature(review.state_before)
        )
        _add(session.connection(), review.user_id, day, {name: sign * value for name, value in counts.items()})


def _add(connection: Connection, user_id: int, day: dt.date, counts: dict[str, int]) -> None:
    """Add counts to a day row, making it when missing, in one upsert (two requests may make it at once)."""
    connection.execute(_upsert(connection.dialect.name), {"user_id": user_id, "day": day, **counts})


@functools.cache
def _upsert(dialect: str) -> Insert:
    """Build the upsert once per dialect, with bound parameters (building it for each review cost more than running it)."""
    table = ReviewDay.__table__
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values({name: bindparam(name) for name in ("user_id", "day", *COUNTS)})
    return statement.on_conflict_do_update(
        index_elements=["user_id", "day"], set_={name: table.c[name] + statement.excluded[name] for name in COUNTS}
    )
