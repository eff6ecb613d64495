"""The study queue: which card a user sees next, and the per-deck counts the home page shows.

Order, as in Anki: learning and relearning cards that are due, then reviews due today (most overdue
relative to stability first, up to the daily review limit), then new cards up to the daily new limit,
then learning cards due within the next 20 minutes (so a session does not stall on a 10-minute step).
New and review siblings (same non-empty `Question.fact`) of a card answered today wait for another day;
cards in learning are never held back, or their short steps would be lost. Retired questions never appear.
The work is done in SQL and bounded by the student's own cards, not by the bank: counts come from one pass
over the user's cards, new cards are the live questions less the carded and the buried ones, and the next
new card is read from an index in study order, stopping at the first match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, case, func, true

from quizapp.db import db
from quizapp.models import CardState, CardStateKind, Deck, Question, User
from quizapp.sqltime import days_between
from quizapp.studyday import Today, today_for

__all__ = ["DeckCounts", "QueuedCard", "deck_counts", "next_card", "study_counts"]

LEARN_AHEAD = dt.timedelta(minutes=20)
LEARNING_STATES = (CardStateKind.LEARNING, CardStateKind.RELEARNING)


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
class QueuedCard:
    """The next card to show: its question, its state (None when new) and which queue it came from."""

    question: Question
    card: CardState | None
    kind: str  # "new", "learning" or "review"


def next_card(user: User, deck_key: str | None = None, now: dt.datetime | None = None) -> QueuedCard | None:
    """Return the card the user should study next (in one deck or all), or None when done for today."""
    today = today_for(user, now)
    card = _first_learning(today, deck_key, today.now)
    if card is not None:
        return QueuedCard(db.session.get(Question, card.question_id), card, "learning")
    if today.reviews_left and (card := _most_overdue_review(today, deck_key)) is not None:
        return QueuedCard(db.session.get(Question, card.question_id), card, "review")
    if today.new_left and (question_id := _first_new(today, deck_key)):
        return QueuedCard(db.session.get(Question, question_id), None, "new")
    card = _first_learning(today, deck_key, today.now + LEARN_AHEAD)
    return QueuedCard(db.session.get(Question, card.question_id), card, "learning") if card else None


def deck_counts(user: User, now: dt.datetime | None = None) -> tuple[dict[str, DeckCounts], DeckCounts]:
    """Return each live deck's counts, keyed by Deck.key, and all decks' together, from one count.

    Daily limits apply to each deck on its own, and once to the total.
    """
    today = today_for(user, now)
    raw = _raw_counts(today)
    per_deck = {key: _limited(today, {name: numbers.get(key, 0) for name, numbers in raw.items()})
                for key in raw["total"]}
    return per_deck, _limited(today, {name: sum(numbers.values()) for name, numbers in raw.items()})


def study_counts(user: User, deck_key: str | None = None, now: dt.datetime | None = None) -> DeckCounts:
    """Return the counts of one deck, or of all decks together (limits applied once) when deck_key is None."""
    today = today_for(user, now)
    raw = _raw_counts(today, deck_key)
    return _limited(today, {name: sum(numbers.values()) for name, numbers in raw.items()})


def _live_question(deck_key: str | None = None) -> list[ColumnElement[bool]]:
    """Conditions on Question: not retired, in a deck that is not retired (and in one deck if given).

    Retired decks are few, so "not in the retired decks" costs one small lookup and, unlike a join on
    Deck, leaves the planner free to read questions in index order.
    """
    retired_decks = db.select(Deck.key).where(Deck.retired.is_(True))
    conditions = [Question.retired.is_(False), Question.deck_key.not_in(retired_decks)]
    return conditions + [Question.deck_key == deck_key] if deck_key else conditions


def _cards(today: Today, *columns, deck_key: str | None = None) -> Select:
    """Select from the user's card states on live questions.

    The user's cards drive the join (a few thousand at most), never the bank: `retired` is tested through
    coalesce(), which no index serves, so SQLite does not start from the live questions' index instead.
    """
    statement = db.select(*columns).select_from(CardState).join(Question, CardState.question_id == Question.id)
    return statement.where(CardState.user_id == today.user_id, func.coalesce(Question.retired, False).is_(False),
                           *_live_question(deck_key)[1:])


def _new_questions(today: Today, deck_key: str | None = None, *columns) -> Select:
    """Select live questions the user has never answered whose siblings wait for no other day."""
    has_card = db.select(CardState.id).where(CardState.user_id == today.user_id, CardState.question_id == Question.id)
    return db.select(*(columns or (Question.id,))).where(*_live_question(deck_key), ~has_card.exists(),
                                                         today.not_buried)


def _first_new(today: Today, deck_key: str | None) -> str | None:
    """Return the id of the first new question in study order, or None.

    The order: first the question type, then the deck, met least today, then position and deck, so a day's
    new cards mix cloze, multiple choice, typed answers and flashcards, and every deck studied. Each tier of
    (type, deck) counts is read in (position, deck) index order with LIMIT 1, the least-met tier first.
    """
    deck_tiers = [true()] if deck_key else _tiers(Question.deck_key, today.new_by_deck)
    for types in _tiers(Question.type, today.new_by_type):
        in_type = _new_questions(today, deck_key).where(types).order_by(Question.position, Question.deck_key)
        if len(deck_tiers) > 1 and db.session.scalar(in_type.limit(1)) is None:
            continue  # no new card of these types in any deck: skip their deck tiers at once
        for decks in deck_tiers:
            if (question_id := db.session.scalar(in_type.where(decks).limit(1))) is not None:
                return question_id
    return None


def _tiers(column, met: dict[str, int]) -> list[ColumnElement[bool]]:
    """Conditions on `column` from least met today to most: values not met at all, then each count upwards."""
    counts = sorted({count for count in met.values() if count > 0})
    unmet = column.not_in([value for value, count in met.items() if count > 0]) if counts else true()
    return [unmet] + [column.in_([value for value, count in met.items() if count == n]) for n in counts]


def _first_learning(today: Today, deck_key: str | None, until: dt.datetime) -> CardState | None:
    return db.session.scalar(_cards(today, CardState, deck_key=deck_key).where(
        CardState.state.in_(LEARNING_STATES), CardState.due <= until).order_by(CardState.due).limit(1))


def _most_overdue_review(today: Today, deck_key: str | None) -> CardState | None:
    """Return the due review whose lateness is greatest relative to its stability."""
    stability = func.coalesce(CardState.stability, 0.0)
    lateness = days_between(CardState.due, today.now) / case((stability > 1e-3, stability), else_=1e-3)
    return db.session.scalar(_cards(today, CardState, deck_key=deck_key)
                             .where(CardState.state == CardStateKind.REVIEW, CardState.due < today.end,
                                    today.not_buried)
                             .order_by(lateness.desc(), CardState.id).limit(1))


def _raw_counts(today: Today, deck_key: str | None = None) -> dict[str, dict[str, int]]:
    """Count per deck (all, or the one given) before daily limits: totals, states, due learning and reviews, new.

    New = live questions - those with a card - those without a card whose sibling was answered today.
    """
    learning = CardState.state.in_(LEARNING_STATES)
    review = CardState.state == CardStateKind.REVIEW

    def flag(*conditions) -> ColumnElement[int]:
        return func.sum(case((and_(*conditions), 1), else_=0))

    cards = db.session.execute(_cards(
        today, Question.deck_key, func.count(), flag(learning), flag(review),
        flag(learning, CardState.due <= today.now + LEARN_AHEAD),
        flag(review, CardState.due < today.end, today.not_buried), deck_key=deck_key).group_by(Question.deck_key)).all()
    total = _per_deck(db.select(Question.deck_key, func.count()).where(*_live_question(deck_key)))
    has_card = db.select(CardState.id).where(CardState.user_id == today.user_id, CardState.question_id == Question.id)
    # Driven by the fact and quote indexes (the siblings of today's few answers), never by a scan of the bank:
    # the liveness test is wrapped in coalesce() so that the planner does not pick the `retired` index.
    buried = _per_deck(db.select(Question.deck_key, func.count())
                       .where(today.buried, func.coalesce(Question.retired, False).is_(False),
                              *_live_question(deck_key)[1:], ~has_card.exists()))
    carded = {row[0]: row[1] for row in cards}
    return {
        "total": total,
        "learning": {row[0]: row[2] for row in cards},
        "learned": {row[0]: row[3] for row in cards},
        "learning_due": {row[0]: row[4] for row in cards},
        "reviews_due": {row[0]: row[5] for row in cards},
        "new": {key: number - carded.get(key, 0) - buried.get(key, 0) for key, number in total.items()},
    }


def _per_deck(statement: Select) -> dict[str, int]:
    return {key: number for key, number in db.session.execute(statement.group_by(Question.deck_key))}


def _limited(today: Today, raw: dict[str, int]) -> DeckCounts:
    """Apply what is left of today's limits to raw counts."""
    reviews = min(raw["reviews_due"], today.reviews_left)
    # Reviews come first; new cards get what the review limit leaves after them (Anki's default).
    return DeckCounts(new=min(raw["new"], today.new_left, today.reviews_left - reviews),
                      due=raw["learning_due"] + reviews, new_waiting=raw["new"], reviews_waiting=raw["reviews_due"],
                      learning=raw["learning"], learned=raw["learned"], total=raw["total"])
