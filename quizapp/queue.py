"""The study queue: which card a user sees next, and the per-deck counts the home page shows.

Order, as in Anki: learning and relearning cards that are due, then reviews due today (most overdue
relative to stability first, up to the daily review limit; when more are due than the limit lets through,
lowest retrievability first, so the cards closest to being forgotten are the ones saved), then new cards
up to the daily new limit, then learning cards due within the next 20 minutes (so a session does not stall
on a 10-minute step). Suspended and buried cards (quizapp.holds) are never shown nor counted.
New and review siblings (same non-empty `Question.fact`) of a card answered today wait for another day;
cards in learning are never held back, or their short steps would be lost. Retired questions never appear.
The work is done in SQL and bounded by the student's own cards, not by the bank: counts come from one pass
over the user's cards, new cards are the live questions less the carded and the buried ones, and the next
new card is read from an index in study order, stopping at the first match.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, func
from sqlalchemy.orm import Session

from quizapp.cardcounts import LEARN_AHEAD, LEARNING_STATES, due_counts, queue_params, raw_counts
from quizapp.db import UTCDateTime, db, read
from quizapp.holds import held
from quizapp.models import CardState, Question, User
from quizapp.queuesql import cards_on_live_questions, has_no_card, live_question, state_in
from quizapp.requestmemo import request_memo
from quizapp.reviewqueue import review_statement
from quizapp.studyday import NOT_BURIED, Today, today_for

__all__ = [
    "DeckCounts",
    "QueuedCard",
    "StudyLeft",
    "deck_counts",
    "next_card",
    "next_in_queue",
    "study_counts",
    "study_left",
]


@dataclass(frozen=True)
class DeckCounts:
    """What a deck holds for one user today: new and due to study now, learning, learned, total."""

    new: int
    due: int
    learning: int
    learned: int
    total: int
    new_waiting: int = 0  # new cards the daily limits hold back or let through
    reviews_waiting: int = 0  # reviews due today, before the review limit


@dataclass(frozen=True)
class StudyLeft:
    """What the study pages show: the new and due cards still to study today (a deck's or all decks')."""

    new: int
    due: int


@dataclass(frozen=True)
class QueuedCard:
    """The next card to show: its question, its state (None when new) and which queue it came from."""

    question: Question
    card: CardState | None
    kind: str  # "new", "learning" or "review"


def next_card(
    session: Session, user: User, deck_key: str | None = None, now: dt.datetime | None = None
) -> QueuedCard | None:
    """Return the card the user should study next (in one deck or all), or None when done for today."""
    queued = next_in_queue(session, user, deck_key, now)
    if queued is None:
        return None
    question_id, kind = queued
    card = None if kind == "new" else session.scalar(_CARD_STATEMENT, {"user": user.id, "question_id": question_id})
    return QueuedCard(session.get_one(Question, question_id), card, kind)


def next_question(
    session: Session, user: User, deck_key: str | None = None, now: dt.datetime | None = None
) -> Question | None:
    """Return the question the user should study next (next_card's choice) without its card, or None when done."""
    queued = next_in_queue(session, user, deck_key, now)
    return session.get_one(Question, queued[0]) if queued else None


def next_in_queue(
    session: Session, user: User, deck_key: str | None = None, now: dt.datetime | None = None
) -> tuple[str, str] | None:
    """Return the id of the question the user should study next and its queue ("new", "learning" or "review").

    The same choice as next_card, read as plain ids: the study page loads only the question it shows, not the
    card entity it would never use (an ORM entity load costs more than the statement that finds it).
    """
    today = today_for(session, user, now)
    params = queue_params(today, deck_key)
    if (question_id := _first_learning(session, params, deck_key, today.now)) is not None:
        return question_id, "learning"
    backlog = _due_counts(session, today, deck_key)[1] if today.reviews_left else 0
    if backlog and (question_id := read(session, review_statement(today, backlog, deck_key), params).scalar()):
        return question_id, "review"
    if today.new_left and (question_id := _first_new(session, today, params, deck_key)):
        return question_id, "new"
    question_id = _first_learning(session, params, deck_key, today.now + LEARN_AHEAD)
    return (question_id, "learning") if question_id is not None else None


_CARD_STATEMENT = db.select(CardState).where(
    CardState.user_id == bindparam("user"), CardState.question_id == bindparam("question_id")
)


def deck_counts(
    session: Session, user: User, now: dt.datetime | None = None
) -> tuple[dict[str, DeckCounts], DeckCounts]:
    """Return each live deck's counts, keyed by Deck.key, and all decks' together, from one count.

    Daily limits apply to each deck on its own, and once to the total.
    """
    today = today_for(session, user, now)
    raw = raw_counts(session, today)
    per_deck = {
        key: _limited(today, {name: numbers.get(key, 0) for name, numbers in raw.items()}) for key in raw["total"]
    }
    return per_deck, _limited(today, {name: sum(numbers.values()) for name, numbers in raw.items()})


def study_counts(
    session: Session, user: User, deck_key: str | None = None, now: dt.datetime | None = None
) -> DeckCounts:
    """Return the counts of one deck, or of all decks together (limits applied once) when deck_key is None."""
    today = today_for(session, user, now)
    raw = raw_counts(session, today, deck_key)
    return _limited(today, {name: sum(numbers.values()) for name, numbers in raw.items()})


def study_left(session: Session, user: User, deck_key: str | None = None, now: dt.datetime | None = None) -> StudyLeft:
    """Return the new and due cards left today, as study_counts gives them, without counting the whole bank.

    New cards are counted only up to what today's limits let through: the count stops there (LIMIT),
    so it costs the user's own cards and today's siblings, however large the bank.
    """
    today = today_for(session, user, now)
    params = queue_params(today, deck_key)
    learning_due, reviews_due = _due_counts(session, today, deck_key)
    reviews = min(reviews_due, today.reviews_left)
    room = min(today.new_left, today.reviews_left - reviews)
    new = (
        read(session, _bounded_new_statement(bool(deck_key)), {**params, "room": room}).scalar_one() if room > 0 else 0
    )
    return StudyLeft(new=new, due=learning_due + reviews)


def _due_counts(session: Session, today: Today, deck_key: str | None) -> tuple[int, int]:
    """Return the learning cards due soon and the reviews due today (before limits), once per request.

    The study page needs them twice, for the review order's backlog and for the counts it shows. Each is a
    range of a card index (quizapp.cardcounts.due_counts): the due cards, not all of the user's cards.
    """

    def count() -> tuple[int, int]:
        return due_counts(session, today, deck_key)

    return request_memo(session, ("due counts", today.user_id, deck_key, today.start, today.end), count)


@functools.cache
def _bounded_new_statement(one_deck: bool) -> Select:
    """Count new questions, stopping at :room of them."""
    new = (
        db.select(Question.id)
        .where(*live_question(one_deck), has_no_card(), NOT_BURIED, ~held(Question.id))
        .limit(bindparam("room"))
        .subquery()
    )
    return db.select(func.count()).select_from(new)


# Every statement below is built once per shape, with bound parameters (user, start, end, now, soon, deck,
# types, decks): building SQLAlchemy statements for each request cost more than running them.


@functools.cache
def _first_learning_statement(one_deck: bool) -> Select:
    return (
        cards_on_live_questions(CardState.question_id, one_deck=one_deck)
        .where(
            state_in(LEARNING_STATES),
            CardState.due <= bindparam("until", type_=UTCDateTime),
            ~held(CardState.question_id),
        )
        .order_by(CardState.due)
        .limit(1)
    )


def _first_learning(session: Session, params: dict, deck_key: str | None, until: dt.datetime) -> str | None:
    return read(session, _first_learning_statement(bool(deck_key)), {**params, "until": until}).scalar()


@functools.cache
def _new_statement(one_deck: bool, types: str, decks: str) -> Select:
    """Select the first new question in (position, deck) order among the given types and decks.

    `types` and `decks` say how the :types and :decks lists filter: "" not at all, "in" or "not in".
    """
    tiers = [_tier(Question.type, types, "types"), _tier(Question.deck_key, decks, "decks")]
    return (
        db.select(Question.id)
        .where(
            *live_question(one_deck),
            has_no_card(),
            NOT_BURIED,
            ~held(Question.id),
            *(tier for tier in tiers if tier is not None),
        )
        .order_by(Question.position, Question.deck_key)
        .limit(1)
    )


def _tier(column, how: str, name: str) -> ColumnElement[bool] | None:
    if not how:
        return None
    values: BindParameter[Any] = bindparam(name, expanding=True)
    return column.in_(values) if how == "in" else column.not_in(values)


def _first_new(session: Session, today: Today, params: dict, deck_key: str | None) -> str | None:
    """Return the id of the first new question in study order, or None.

    The order: first the question type, then the deck, met least today, then position and deck, so a day's
    new cards mix cloze, multiple choice, typed answers and flashcards, and every deck studied. Each tier of
    (type, deck) counts is read in (position, deck) index order with LIMIT 1, the least-met tier first.
    """
    deck_tiers = [("", [])] if deck_key else _tiers(today.new_by_deck)
    for types, type_values in _tiers(today.new_by_type):
        tier = {**params, "types": type_values}
        if len(deck_tiers) > 1 and read(session, _new_statement(bool(deck_key), types, ""), tier).scalar() is None:
            continue  # no new card of these types in any deck: skip their deck tiers at once
        for decks, deck_values in deck_tiers:
            statement = _new_statement(bool(deck_key), types, decks)
            if (question_id := read(session, statement, {**tier, "decks": deck_values}).scalar()) is not None:
                return question_id
    return None


def _tiers(met: dict[str, int]) -> list[tuple[str, list[str]]]:
    """Return (how, values) filters from least met today to most: values not met at all, then each count upwards."""
    counts = sorted({count for count in met.values() if count > 0})
    unmet = ("not in", [value for value, count in met.items() if count > 0]) if counts else ("", [])
    return [unmet] + [("in", [value for value, count in met.items() if count == n]) for n in counts]


def _limited(today: Today, raw: dict[str, int]) -> DeckCounts:
    """Apply what is left of today's limits to raw counts."""
    reviews = min(raw["reviews_due"], today.reviews_left)
    # Reviews come first; new cards get what the review limit leaves after them (Anki's default).
    return DeckCounts(
        new=min(raw["new"], today.new_left, today.reviews_left - reviews),
        due=raw["learning_due"] + reviews,
        new_waiting=raw["new"],
        reviews_waiting=raw["reviews_due"],
        learning=raw["learning"],
        learned=raw["learned"],
        total=raw["total"],
    )
