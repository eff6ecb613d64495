"""Which due review comes next: the most overdue relative to stability, or, past the daily limit, the least
retrievable (Flask-free; the queue calls it)."""

from __future__ import annotations

import functools

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select

from quizapp.db import UTCDateTime, db
from quizapp.holds import held_question_ids
from quizapp.live import dead_question_ids
from quizapp.models import CardState, CardStateKind, Question
from quizapp.sqltime import days_between
from quizapp.studyday import BURIED, Today

__all__ = ["review_statement"]


def review_statement(today: Today, backlog: int, deck_key: str | None) -> Select:
    """Select the next due review: the most overdue, or the least retrievable when the `backlog` of reviews due
    today (the queue counts them once per request, for the page's counts too) passes the limit."""
    one_deck = bool(deck_key)
    return _least_retrievable_statement(one_deck) if backlog > today.reviews_left else _most_overdue_statement(one_deck)


def _due_reviews(*columns, one_deck: bool) -> Select:
    """Select the user's due reviews on live questions, unheld and not waiting for a sibling, without a join.

    Joining each of a heavy student's ~1,000 due cards with its question (to test it live and not a sibling of
    today's answers) was most of the study page's largest statement. The card carries its deck; the dead
    questions, today's siblings and the user's holds are few, each list read once by its own index and taken
    away. The (user, state, due, last_review, stability, question_id) index covers the rest: no card row is read.
    """
    statement = db.select(*columns).where(
        CardState.user_id == bindparam("user"),
        CardState.state == CardStateKind.REVIEW,
        CardState.due < bindparam("end", type_=UTCDateTime),
        CardState.question_id.not_in(dead_question_ids()),
        CardState.question_id.not_in(select(Question.id).where(BURIED)),
        CardState.question_id.not_in(held_question_ids()),
    )
    return statement.where(CardState.deck_key == bindparam("deck")) if one_deck else statement


def _per_stability(days: ColumnElement[float]) -> ColumnElement[float]:
    stability = func.coalesce(CardState.stability, 0.0)
    return days / case((stability > 1e-3, stability), else_=1e-3)


@functools.cache
def _most_overdue_statement(one_deck: bool) -> Select:
    """Select the due review whose lateness is greatest relative to its stability."""
    lateness = _per_stability(days_between(CardState.due, bindparam("now", type_=UTCDateTime)))
    return _due_reviews(CardState.question_id, one_deck=one_deck).order_by(lateness.desc(), CardState.id).limit(1)


@functools.cache
def _least_retrievable_statement(one_deck: bool) -> Select:
    """Select the due review of lowest retrievability, as fsrs' Scheduler.get_card_retrievability gives it.

    FSRS's forgetting curve R = (1 + factor * t / S) ** decay falls as the elapsed days t over the stability S
    grow, for the one decay of the user's parameters: ordering by t / S, highest first, is ordering by R,
    lowest first, and lets SQL pick the card without reading every due review into Python.
    """
    elapsed = _per_stability(days_between(CardState.last_review, bindparam("now", type_=UTCDateTime)))
    return _due_reviews(CardState.question_id, one_deck=one_deck).order_by(elapsed.desc(), CardState.id).limit(1)
