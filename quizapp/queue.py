"""The study queue: which card a user sees next, and the per-deck counts the home page shows.

Order, as in Anki: learning and relearning cards that are due, then reviews due today (most overdue
relative to stability first, up to the daily review limit), then new cards up to the daily new limit,
then learning cards due within the next 20 minutes (so a session does not stall on a 10-minute step).
New and review siblings (same non-empty `Question.fact`) of a card answered today wait for another day;
cards in learning are never held back, or their short steps would be lost. Retired questions never appear.
The work is done in SQL (counts, LIMIT 1), so a bank of thousands of questions stays quick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, case, func

from quizapp.db import db
from quizapp.models import CardState, CardStateKind, Deck, Question, User
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
    if today.new_left and (question_id := db.session.scalar(_new_questions(today, deck_key).limit(1))):
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


def _live(statement: Select, deck_key: str | None = None) -> Select:
    """Keep only questions that are not retired, in decks that are not retired (and in one deck if given)."""
    statement = statement.join(Deck, Question.deck_key == Deck.key).where(
        Question.retired.is_(False), Deck.retired.is_(False))
    return statement.where(Question.deck_key == deck_key) if deck_key else statement


def _cards(today: Today, *columns, deck_key: str | None = None) -> Select:
    """Select from the user's card states on live questions."""
    statement = db.select(*columns).select_from(CardState).join(Question, CardState.question_id == Question.id)
    return _live(statement, deck_key).where(CardState.user_id == today.user_id)


def _new_questions(today: Today, deck_key: str | None = None, *columns) -> Select:
    """Select live questions the user has never answered whose siblings wait for no other day.

    They come in deck order, interleaved: first the question type, then the deck, met least today, so a
    day's new cards mix cloze, multiple choice, typed answers and flashcards, and every deck studied.
    """
    has_card = db.select(CardState.id).where(CardState.user_id == today.user_id, CardState.question_id == Question.id)
    statement = _live(db.select(*(columns or (Question.id,))), deck_key)
    mix = [case(counts, value=column, else_=0) for counts, column in
           ((today.new_by_type, Question.type), (today.new_by_deck, Question.deck_key)) if counts]
    return statement.where(~has_card.exists(), today.not_buried).order_by(
        *mix, Question.position, Question.deck_key)


def _first_learning(today: Today, deck_key: str | None, until: dt.datetime) -> CardState | None:
    return db.session.scalar(_cards(today, CardState, deck_key=deck_key).where(
        CardState.state.in_(LEARNING_STATES), CardState.due <= until).order_by(CardState.due).limit(1))


def _most_overdue_review(today: Today, deck_key: str | None) -> CardState | None:
    """Return the due review whose lateness is greatest relative to its stability."""
    due = db.session.execute(_cards(today, CardState.id, CardState.due, CardState.stability, deck_key=deck_key)
                             .where(CardState.state == CardStateKind.REVIEW, CardState.due < today.end,
                                    today.not_buried)).all()
    if not due:
        return None

    def lateness(row) -> float:
        return (today.now - row.due) / dt.timedelta(days=1) / max(row.stability or 0.0, 1e-3)

    return db.session.get(CardState, max(due, key=lateness).id)


def _raw_counts(today: Today, deck_key: str | None = None) -> dict[str, dict[str, int]]:
    """Count per deck (all, or the one given) before daily limits: totals, states, due learning and reviews, new."""
    count = (Question.deck_key, func.count())

    def per_deck(statement: Select) -> dict[str, int]:
        return {key: number for key, number in db.session.execute(statement.group_by(Question.deck_key))}

    def cards(*conditions) -> dict[str, int]:
        return per_deck(_cards(today, *count, deck_key=deck_key).where(*conditions))

    learning = CardState.state.in_(LEARNING_STATES)
    review = CardState.state == CardStateKind.REVIEW
    return {
        "total": per_deck(_live(db.select(*count), deck_key)),
        "learning": cards(learning),
        "learned": cards(review),
        "learning_due": cards(learning, CardState.due <= today.now + LEARN_AHEAD),
        "reviews_due": cards(review, CardState.due < today.end, today.not_buried),
        "new": per_deck(_new_questions(today, deck_key, *count).order_by(None)),
    }


def _limited(today: Today, raw: dict[str, int]) -> DeckCounts:
    """Apply what is left of today's limits to raw counts."""
    reviews = min(raw["reviews_due"], today.reviews_left)
    # Reviews come first; new cards get what the review limit leaves after them (Anki's default).
    return DeckCounts(new=min(raw["new"], today.new_left, today.reviews_left - reviews),
                      due=raw["learning_due"] + reviews, new_waiting=raw["new"], reviews_waiting=raw["reviews_due"],
                      learning=raw["learning"], learned=raw["learned"], total=raw["total"])
