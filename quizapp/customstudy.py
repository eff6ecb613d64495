"""Custom study ahead of time: a deck, a tag, the cards failed today or one chosen card, schedule untouched.

As Anki's filtered decks with rescheduling off: the cards are shown and graded, but no grade changes a
card's state and none is logged as a review, so stats, limits, burying and undo never see them. Held cards
(suspended or buried) are never shown. The order: cards already scheduled by due date, then new ones in
bank order, each once per session (the caller keeps the ones seen).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, bindparam, select
from sqlalchemy.orm import Session

from quizapp.db import UTCDateTime
from quizapp.holds import held
from quizapp.live import live_question
from quizapp.models import CardState, Question, Review, User
from quizapp.studyday import user_day
from quizapp.tags import has_tag

__all__ = ["AGAIN", "Scope", "next_ahead"]
AGAIN = 1


@dataclass(frozen=True)
class Scope:
    """What a custom study session takes: one deck, one tag, the cards failed today, or one card."""

    deck: str = ""
    tag: str = ""
    failed_today: bool = False
    card: str = ""


def next_ahead(session: Session, user: User, scope: Scope, seen: Collection[str], now: dt.datetime) -> Question | None:
    """Return the next question of the scope not yet seen this session, or None when it is done."""
    statement = (
        _statement(scope, seen)
        .with_only_columns(Question)
        .order_by(CardState.due.is_(None), CardState.due, Question.position, Question.deck_key, Question.id)
        .limit(1)
    )
    return session.scalar(statement, _params(user, now))


def _params(user: User, now: dt.datetime) -> dict[str, object]:
    start, end = user_day(user, now)
    return {"user": user.id, "now": now, "start": start, "end": end}


def _statement(scope: Scope, seen: Collection[str]) -> Select:
    statement = (
        select(Question.id)
        .select_from(Question)
        .outerjoin(CardState, and_(CardState.question_id == Question.id, CardState.user_id == bindparam("user")))
        .where(live_question(), ~held(Question.id), *_scope_filters(scope))
    )
    return statement.where(Question.id.not_in(sorted(seen))) if seen else statement


def _scope_filters(scope: Scope) -> list[ColumnElement[bool]]:
    filters = []
    if scope.deck:
        filters.append(Question.deck_key == scope.deck)
    if scope.tag:
        filters.append(has_tag(scope.tag))
    if scope.card:
        filters.append(Question.id == scope.card)
    if scope.failed_today:
        filters.append(
            Question.id.in_(
                select(Review.question_id).where(
                    Review.user_id == bindparam("user"),
                    Review.kind == "review",
                    Review.rating == AGAIN,
                    Review.reviewed_at >= bindparam("start", type_=UTCDateTime),
                    Review.reviewed_at < bindparam("end", type_=UTCDateTime),
                )
            )
        )
    return filters
