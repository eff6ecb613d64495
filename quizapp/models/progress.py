"""Per-user study state: one FSRS card state per (user, question) and the log of every review."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model, UTCDateTime, utcnow
from quizapp.maturity import is_mature, was_review_card


class CardStateKind(enum.IntEnum):
    """FSRS card states (same numbers as `fsrs.State`); a question with no CardState row is new."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


class CardState(Model):
    """A user's FSRS memory state for one question, keyed on (user, question id)."""

    # (user, state, due): the queue's "first learning card due" and "reviews due today" read one range; with
    # last_review, the stats page's young and mature cards are counted from the index alone; with stability and
    # question_id, the review order ranks a heavy student's ~1,000 due reviews from it without reading their rows.
    # (user, deck, state, due, question): Home's per-deck counts are one covering range of it, no join to Question.
    __table_args__ = (
        UniqueConstraint("user_id", "question_id"),
        Index("ix_card_state_user_state_due", "user_id", "state", "due", "last_review", "stability", "question_id"),
        Index("ix_card_state_user_deck", "user_id", "deck_key", "state", "due", "question_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("question.id"), index=True)
    # The question's deck, copied here (quizapp.models.carddecks keeps it right when a question moves).
    deck_key: Mapped[str] = mapped_column(String(300))
    state: Mapped[int] = mapped_column(default=CardStateKind.LEARNING)
    # No default: a review card has no step (None), and a column default would turn that None into 0.
    step: Mapped[int | None]
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    due: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    last_review: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reps: Mapped[int] = mapped_column(default=0)
    lapses: Mapped[int] = mapped_column(default=0)
    # Every UPDATE and DELETE also checks that `reps` is still what was read, so of two requests grading
    # (or undoing) the same card at once, the second fails with StaleDataError instead of overwriting the first.
    __mapper_args__ = {"version_id_col": reps, "version_id_generator": False}  # noqa: RUF012 - read once, by SQLAlchemy


def _mature_on_insert(context: DefaultExecutionContext) -> bool:
    return is_mature(context.get_current_parameters().get("state_before"))


def _review_card_on_insert(context: DefaultExecutionContext) -> bool:
    return was_review_card(context.get_current_parameters().get("state_before"))


class Review(Model):
    """One answer: the grade, what the auto-check found, and the card state before and after."""

    # Today's answers, undo and the stats read one user's reviews by time; true retention reads the mature ones.
    __table_args__ = (
        Index("ix_review_user_reviewed_at", "user_id", "reviewed_at", "rating"),
        Index("ix_review_user_mature", "user_id", "mature", "rating"),
        UniqueConstraint("user_id", "source_id", name="uq_review_user_source"),
        # True retention by period, young and mature: one index-only range per period.
        Index("ix_review_user_retention", "user_id", "review_card", "reviewed_at", "mature", "rating"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("question.id"), index=True)
    rating: Mapped[int]
    auto_correct: Mapped[bool | None]
    typed_answer: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int | None]
    state_before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    state_after: Mapped[dict[str, Any]] = mapped_column(JSON)
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="review")
    # Whether the card was mature when answered (see quizapp.maturity), set from state_before on insert,
    # so that true retention is a count, not a JSON decode of every review the student ever made.
    mature: Mapped[bool] = mapped_column(default=_mature_on_insert, server_default=false())
    # Whether the card was in review (not new or (re)learning) when answered, set from state_before on insert.
    review_card: Mapped[bool] = mapped_column(default=_review_card_on_insert, server_default=false())
    # An imported review's origin ("anki:<revlog id>"): importing the same history twice adds it once.
    source_id: Mapped[str | None] = mapped_column(String(80))
