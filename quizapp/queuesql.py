"""The queue's SQL building blocks: live questions, a user's cards on them, "has no card" (Flask-free).

Shared by the queue (quizapp.queue) and its review order (quizapp.reviewqueue); parameters are bound
(:user, :deck), so each statement is built once per shape.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, bindparam, literal_column

from quizapp import live
from quizapp.db import db
from quizapp.models import CardState, Question
from quizapp.sqltime import unindexed

__all__ = ["cards_on_live_questions", "has_no_card", "live_question", "state_in"]


def live_question(one_deck: bool, indexed: bool = True) -> list[ColumnElement[bool]]:
    """Conditions on Question: not retired, in a deck that is not retired (and in the :deck if `one_deck`).

    Retired decks are few, so "not in the retired decks" costs one small lookup and, unlike a join on Deck,
    leaves the planner free to read questions in index order. With `indexed` false, `retired` is tested
    through unindexed(), which no index serves on SQLite, so that SQLite starts from the user's cards instead;
    so is the deck: a deck grows with the bank (1,000 questions of a 100,000 bank), the user's cards, holds and
    today's siblings do not, and SQLite read the whole deck when its index served the test.
    """
    conditions = [live.live_question(indexed)]
    if not one_deck:
        return conditions
    deck = Question.deck_key if indexed else unindexed(Question.deck_key)
    return [*conditions, deck == bindparam("deck")]


def cards_on_live_questions(*columns, one_deck: bool) -> Select:
    """Select from the user's card states on live questions, driven by the user's cards (a few thousand at most)."""
    statement = db.select(*columns).select_from(CardState).join(Question, CardState.question_id == Question.id)
    return statement.where(CardState.user_id == bindparam("user"), *live_question(one_deck, indexed=False))


def has_no_card() -> ColumnElement[bool]:
    """A filter on Question: the :user has no card for it (it is new to them)."""
    has_card = db.select(CardState.id).where(
        CardState.user_id == bindparam("user"), CardState.question_id == Question.id
    )
    return ~has_card.exists()


def state_in(kinds: Iterable[int]) -> ColumnElement[bool]:
    """A filter on CardState.state with the states written into the SQL, not bound.

    A bound list is an "expanding" parameter, which SQLAlchemy renders into the cached SQL again on every
    execution (a regular-expression pass over the whole statement): the stats page's forecast has thirty.
    The states are the app's own constants, never user input.
    """
    return CardState.state.in_([literal_column(str(int(kind))) for kind in kinds])
