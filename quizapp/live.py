"""What is live in the bank: the one definition of a live question, and the live decks and questions by key.

A question is live when it is not retired and its deck is not retired. Sync retires a deck's questions with
the deck, so both halves agree on a synced database; the definition still says both, once, here.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Sequence
from typing import NamedTuple

from sqlalchemy import ColumnElement, CompoundSelect, Select, Text, and_, bindparam, cast, func, select
from sqlalchemy.orm import Session

from quizapp.db import read
from quizapp.deckmemo import deck_kept
from quizapp.models import Deck, Question
from quizapp.requestmemo import request_memo
from quizapp.sqltime import unindexed

__all__ = [
    "DeckListing",
    "dead_question_ids",
    "deck_listing",
    "deck_question_count",
    "deck_questions",
    "deck_tags",
    "has_dead_questions",
    "live_deck",
    "live_decks",
    "live_question",
    "live_question_by_id",
    "live_question_total",
]


def live_question(indexed: bool = True) -> ColumnElement[bool]:
    """Return the condition on Question: not retired, in a deck that is not retired.

    Retired decks are few, so "not in the retired decks" costs one small lookup and, unlike a join on Deck,
    leaves the planner free to read questions in index order. With `indexed` false the flag is tested through
    unindexed(), which no index serves on SQLite, so that a query driven by a user's cards starts from them.
    """
    flag = Question.retired.expression if indexed else unindexed(Question.retired)
    return and_(flag.is_(False), Question.deck_key.not_in(select(Deck.key).where(Deck.retired.is_(True))))


# Built once, with a bound id: building the statement cost every study request more than running it.
_LIVE_BY_ID = select(Question).where(Question.id == bindparam("question_id"), live_question())


_DECK_COUNT = select(Deck.live_questions).where(Deck.key == bindparam("key"), Deck.retired.is_(False))
_BANK_COUNT = select(func.coalesce(func.sum(Deck.live_questions), 0)).where(Deck.retired.is_(False))


def dead_question_ids() -> CompoundSelect[str]:
    """Select the ids of the questions that are not live: retired ones, and those in retired decks.

    The complement of live_question(), written as two indexed lookups (both sets are few) rather than a
    negation, which no index serves.
    """
    return (
        select(Question.id)
        .where(Question.retired.is_(True))
        .union(select(Question.id).where(Question.deck_key.in_(select(Deck.key).where(Deck.retired.is_(True)))))
    )


def has_dead_questions(session: Session) -> bool:
    """Tell whether any question is retired or in a retired deck (mostly none), once per unit of work."""
    return request_memo(session, "has dead questions", lambda: read(session, _any_dead_question()).scalar() is not None)


@functools.cache
def _any_dead_question() -> Select:
    return select(dead_question_ids().subquery().c.id).limit(1)


def live_question_by_id(session: Session, question_id: str) -> Question | None:
    """Return the live question of that id, or None when it is unknown or retired."""
    return session.scalar(_LIVE_BY_ID, {"question_id": question_id})


def live_deck(session: Session, key: str) -> Deck | None:
    """Return the deck of that key unless it is unknown or retired."""
    deck = session.get(Deck, key)
    return deck if deck is not None and not deck.retired else None


def live_decks(session: Session, keys: Collection[str] = ()) -> list[Deck]:
    """Return the decks that are not retired (every one, or those of `keys`), by title."""
    statement = select(Deck).where(Deck.retired.is_(False)).order_by(Deck.title, Deck.key)
    return list(session.scalars(statement.where(Deck.key.in_(keys)) if keys else statement))


class DeckListing(NamedTuple):
    """What Home shows of a deck: its key, title and description."""

    key: str
    title: str
    description: str


_LISTING = select(Deck.key, Deck.title, Deck.description).where(Deck.retired.is_(False)).order_by(Deck.title, Deck.key)


def deck_listing(session: Session) -> list[DeckListing]:
    """Return the key, title and description of every deck not retired, by title (live_decks' order).

    Three columns as tuples, not Deck objects: Home lists every deck, and loading 100 ORM objects cost it more
    than the statement.
    """
    return [DeckListing(*row) for row in read(session, _LISTING)]


def deck_questions(session: Session, key: str, ids: Collection[str] | None = None) -> Sequence[Question]:
    """Return the deck's live questions in bank order (only those of `ids` when given)."""
    if ids is None:
        statement = select(Question).where(Question.deck_key == key, live_question()).order_by(Question.position)
        return session.scalars(statement).all()
    if not ids:
        return []  # a search that matched nothing: no need to read the deck
    return session.scalars(_LIVE_OF_IDS, {"ids": list(ids), "key": key}).all()


# A search's matches, read by their ids (the primary key) and then sorted: with the deck's key indexable, SQLite
# walked the whole deck in bank order testing each id (1.4 ms more at 1,000 questions a deck than at 10).
_LIVE_OF_IDS = (
    select(Question)
    .where(
        Question.id.in_(bindparam("ids", expanding=True)),
        unindexed(Question.deck_key) == bindparam("key"),
        live_question(indexed=False),
    )
    .order_by(Question.position)
)


def deck_question_count(session: Session, key: str) -> int:
    """Return how many live questions the deck holds (its stored count; none when the deck is retired)."""
    return read(session, _DECK_COUNT, {"key": key}).scalar() or 0


def live_question_total(session: Session) -> int:
    """Return how many live questions the bank holds: the stored counts of the decks that are not retired."""
    return read(session, _BANK_COUNT).scalar() or 0


_DECK_TAG_LISTS = (
    select(cast(Question.tags, Text)).where(Question.deck_key == bindparam("key"), live_question()).distinct()
)


def deck_tags(session: Session, key: str) -> list[str]:
    """Return every tag of the deck's live questions, once each, sorted without regard to case.

    The tag lists are compared as text in SQL (questions of a deck mostly share a few), so only the distinct
    lists are decoded, not one per question.
    """

    def read_tags() -> list[str]:
        lists = session.scalars(_DECK_TAG_LISTS, {"key": key})
        return sorted({tag for tags in lists if tags for tag in json.loads(tags)}, key=str.casefold)

    # Read once per digest of the deck (quizapp.deckmemo): the distinct lists grow with the deck.
    return list(deck_kept(session, key, "tags", read_tags))
