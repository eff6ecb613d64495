"""Per-deck counts of one student's cards before daily limits: totals, states, due learning and reviews, new.

What Home and the deck page show. The student's cards are counted per deck from the (user, deck, state, due)
index alone (CardState.deck_key), with no join to Question; the few due cards that are held (suspended or
buried) or that wait for another day (a sibling answered today) are counted apart, from the user's holds and
today's siblings, and taken away. New = the deck's stored count of live questions - its carded questions -
its new questions held or buried.
"""

from __future__ import annotations

import datetime as dt
import functools

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, select, union
from sqlalchemy.orm import Session

from quizapp.db import UTCDateTime, db, read
from quizapp.holds import held, held_question_ids, is_held
from quizapp.live import dead_question_ids, has_dead_questions
from quizapp.models import CardHold, CardState, CardStateKind, Deck, Question
from quizapp.queuesql import has_no_card, live_question, state_in
from quizapp.studyday import BURIED, Today

__all__ = ["LEARNING_STATES", "LEARN_AHEAD", "queue_params", "raw_counts"]

LEARN_AHEAD = dt.timedelta(minutes=20)
LEARNING_STATES = (CardStateKind.LEARNING, CardStateKind.RELEARNING)


def queue_params(today: Today, deck_key: str | None) -> dict[str, object]:
    """Return the bound values of the queue's statements: today's (user, start, end, now), :soon and :deck."""
    return {**today.params, "soon": today.now + LEARN_AHEAD, "deck": deck_key}


def _flag(*conditions) -> ColumnElement[int]:
    return func.sum(case((and_(*conditions), 1), else_=0))


def _live_card(one_deck: bool) -> list[ColumnElement[bool]]:
    """Conditions on CardState: the :user's, on a live question (by the card's deck), in the :deck if `one_deck`."""
    conditions = [
        CardState.user_id == bindparam("user"),
        CardState.deck_key.not_in(select(Deck.key).where(Deck.retired.is_(True))),
        CardState.question_id.not_in(dead_question_ids()),
    ]
    return [*conditions, CardState.deck_key == bindparam("deck")] if one_deck else conditions


def _learning_due() -> ColumnElement[bool]:
    return and_(state_in(LEARNING_STATES), CardState.due <= bindparam("soon", type_=UTCDateTime))


def _review_due() -> ColumnElement[bool]:
    return and_(CardState.state == CardStateKind.REVIEW, CardState.due < bindparam("end", type_=UTCDateTime))


@functools.cache
def _statements(one_deck: bool) -> tuple[Select, ...]:
    """Select per deck: the cards by state and due; the due ones held or waiting for a sibling; the live questions
    (stored); the new ones buried today (siblings of today's answers); and the new ones held."""
    learning, review = state_in(LEARNING_STATES), CardState.state == CardStateKind.REVIEW
    learning_due, review_due = _learning_due(), _review_due()
    cards = (
        db.select(
            CardState.deck_key, func.count(), _flag(learning), _flag(review), _flag(learning_due), _flag(review_due)
        )
        .where(*_live_card(one_deck))
        .group_by(CardState.deck_key)
    )
    # Cards in learning are never held back for a sibling: only a hold takes them out. Driven by the user's few
    # holds and today's few siblings, each looked up by the (user, question) index. An outer join, because SQLite
    # plans the inner one from the user's cards instead (all of them: 0.8 ms for a heavy student's 3,000 against
    # 0.2); the conditions on the card are in the ON clause, so the join stays outer, and HAVING drops the ids
    # without such a card.
    held_ids = held_question_ids()
    sibling_ids = select(Question.id).where(BURIED)
    held_or_sibling = union(held_ids, sibling_ids).subquery()
    held_back = (
        db.select(CardState.deck_key, _flag(learning_due, CardState.question_id.in_(held_ids)), _flag(review_due))
        .select_from(held_or_sibling)
        .outerjoin(CardState, and_(CardState.question_id == held_or_sibling.c[0], *_live_card(one_deck)))
        .group_by(CardState.deck_key)
        .having(CardState.deck_key.is_not(None))
    )
    # Stored per deck (Deck.live_questions, kept on every flush), not counted from the bank on every page.
    total = db.select(Deck.key, Deck.live_questions).where(Deck.retired.is_(False), Deck.live_questions > 0)
    if one_deck:
        total = total.where(Deck.key == bindparam("deck"))
    # Driven by the fact and quote indexes (the siblings of today's few answers), never by a scan of the bank.
    buried = (
        db.select(Question.deck_key, func.count())
        .where(BURIED, *live_question(one_deck, indexed=False), has_no_card(), ~held(Question.id))
        .group_by(Question.deck_key)
    )
    # Driven by the user's few holds.
    holds = (
        db.select(Question.deck_key, func.count())
        .select_from(CardHold)
        .join(Question, CardHold.question_id == Question.id)
        .where(
            CardHold.user_id == bindparam("user"),
            is_held(CardHold),
            has_no_card(),
            *live_question(one_deck, indexed=False),
        )
        .group_by(Question.deck_key)
    )
    return cards, held_back, total, buried, holds


@functools.cache
def _due_statements(one_deck: bool) -> tuple[Select, Select]:
    """Select the :user's learning cards due by :soon and reviews due before :end: all of them (ranges of the card
    indexes), and those of them on dead questions (read only when the bank has any)."""

    def due(dead: bool) -> Select:
        columns = []
        for condition in (_learning_due(), _review_due()):
            statement = select(func.count()).select_from(CardState).where(CardState.user_id == bindparam("user"))
            statement = statement.where(condition)
            if one_deck:
                statement = statement.where(CardState.deck_key == bindparam("deck"))
            if dead:
                statement = statement.where(CardState.question_id.in_(dead_question_ids()))
            columns.append(statement.scalar_subquery())
        return db.select(*columns)

    return due(False), due(True)


def due_counts(session: Session, today: Today, deck_key: str | None = None) -> tuple[int, int]:
    """Return the learning cards due soon and the reviews due today on live questions, unheld (reviews: unburied).

    Counted from the card indexes alone, less the due cards on dead questions (mostly none) and the few due cards
    that are held or wait for a sibling, so that no due card is joined with its question.
    """
    params = queue_params(today, deck_key)
    every, dead = _due_statements(bool(deck_key))
    learning, reviews = read(session, every, params).one()
    if has_dead_questions(session):
        dead_learning, dead_reviews = read(session, dead, params).one()
        learning, reviews = learning - dead_learning, reviews - dead_reviews
    for _, held_learning, held_reviews in read(session, _statements(bool(deck_key))[1], params):
        learning, reviews = learning - held_learning, reviews - held_reviews
    return learning, reviews


def raw_counts(session: Session, today: Today, deck_key: str | None = None) -> dict[str, dict[str, int]]:
    """Count per deck (all, or the one given) before daily limits, each count a dict by deck key."""
    params = queue_params(today, deck_key)
    cards_statement, held_statement, total_statement, buried_statement, holds_statement = _statements(bool(deck_key))
    cards = read(session, cards_statement, params).all()
    held_back = {row[0]: (row[1], row[2]) for row in read(session, held_statement, params)}
    total = {key: number for key, number in read(session, total_statement, params)}
    buried = {key: number for key, number in read(session, buried_statement, params)}
    for key, number in read(session, holds_statement, params):
        buried[key] = buried.get(key, 0) + number
    carded = {row[0]: row[1] for row in cards}
    return {
        "total": total,
        "learning": {row[0]: row[2] for row in cards},
        "learned": {row[0]: row[3] for row in cards},
        "learning_due": {row[0]: row[4] - held_back.get(row[0], (0, 0))[0] for row in cards},
        "reviews_due": {row[0]: row[5] - held_back.get(row[0], (0, 0))[1] for row in cards},
        "new": {key: number - carded.get(key, 0) - buried.get(key, 0) for key, number in total.items()},
    }
