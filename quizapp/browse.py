"""The card browser's queries: one page of a user's cards, filtered and sorted, and one card's history.

Every live question is a row, with the user's state of it: new (no CardState), learning, review,
relearning, suspended or buried. Filters and the sort run in SQL with LIMIT/OFFSET, so a bank of
10,000 questions costs one page and one count. The text filter is `text_matches`: quizapp.search's
full-text search.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased

from quizapp.bank.model import CLOZE_GAP
from quizapp.db import UTCDateTime
from quizapp.live import live_question
from quizapp.models import CardHold, CardState, CardStateKind, Deck, Question, Review, User
from quizapp.search import search_questions
from quizapp.tags import has_tag

__all__ = [
    "PAGE_SIZE",
    "SORTS",
    "STATES",
    "BrowsePage",
    "BrowseQuery",
    "BrowseRow",
    "back_text",
    "browse_cards",
    "card_history",
    "front_text",
    "state_name",
    "text_matches",
]

PAGE_SIZE = 50
STATES = ("new", "learning", "review", "relearning", "suspended", "buried")
SORTS = ("question", "answer", "deck", "tags", "state", "due", "stability", "lapses")


@dataclass(frozen=True)
class BrowseQuery:
    """What the browser shows: filters (empty = any), the sort column and direction, the page (from 1)."""

    text: str = ""
    deck: str = ""
    tag: str = ""
    state: str = ""
    sort: str = "due"
    descending: bool = False
    page: int = 1


@dataclass(frozen=True)
class BrowseRow:
    """One card as the browser lists it."""

    question: Question
    deck_title: str
    state: str
    due: dt.datetime | None
    stability: float | None
    lapses: int
    leech: bool

    @property
    def front(self) -> str:
        """Return the question as text: its prompt, or a cloze's sentence with each gap blanked."""
        return front_text(self.question)

    @property
    def back(self) -> str:
        """Return the answer as text: a cloze's gap answers, else the answer."""
        return back_text(self.question)


def front_text(question: Question) -> str:
    """Return a question's front as plain text: the prompt, else the cloze sentence with its gaps as "[…]"."""
    return question.prompt or CLOZE_GAP.sub("[…]", question.text)


def back_text(question: Question) -> str:
    """Return a question's answer as plain text; a cloze's is its gap answers."""
    if question.type == "cloze":
        return " / ".join(gap.group("answer").strip() for gap in CLOZE_GAP.finditer(question.text))
    return question.answer


@dataclass(frozen=True)
class BrowsePage:
    """One page of rows, with the count of every matching card and the pages they fill."""

    rows: list[BrowseRow]
    total: int
    page: int
    pages: int
    query: BrowseQuery = field(default_factory=BrowseQuery)


def text_matches(session: Session, text: str) -> ColumnElement[bool]:
    """A filter on Question: the full-text search (quizapp.search) finds it, folding case and accents and
    forgiving one typo, over its prompt, cloze text, answers, explanation, source sentence and tags."""
    return Question.id.in_(search_questions(session, text))


def browse_cards(session: Session, user: User, query: BrowseQuery, now: dt.datetime) -> BrowsePage:
    """Return one page of the user's cards matching the query, in its order."""
    hold = aliased(CardHold)
    state = _state(hold)
    base = _filtered(session, _joined(select(Question, Deck.title, state, CardState, hold), hold), query, state)
    params = {"user": user.id, "now": now}
    total = session.scalar(_filtered(session, _joined(select(func.count()), hold), query, state), params)
    pages = max(math.ceil(total / PAGE_SIZE), 1)
    page = min(max(query.page, 1), pages)
    key = _sort_key(query.sort, state)
    order = [
        key.desc().nulls_last() if query.descending else key.asc().nulls_last(),
        Question.deck_key,
        Question.position,
        Question.id,
    ]
    rows = session.execute(base.order_by(*order).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE), params).all()
    return BrowsePage(
        [
            BrowseRow(
                question,
                title,
                row_state,
                card.due if card else None,
                card.stability if card else None,
                card.lapses if card else 0,
                bool(held and held.leech),
            )
            for question, title, row_state, card, held in rows
        ],
        total,
        page,
        pages,
        query,
    )


def card_history(session: Session, user: User, question_id: str) -> list[Review]:
    """Return the user's reviews of one question, newest first."""
    return list(
        session.scalars(
            select(Review)
            .where(Review.user_id == user.id, Review.question_id == question_id)
            .order_by(Review.reviewed_at.desc(), Review.id.desc())
        )
    )


def state_name(card: CardState | None, hold: CardHold | None, now: dt.datetime) -> str:
    """Return a card's state as the browser names it, as `_state` does in SQL."""
    if hold is not None and hold.suspended:
        return "suspended"
    if hold is not None and hold.buried_until is not None and hold.buried_until > now:
        return "buried"
    if card is None:
        return "new"
    names: dict[int, str] = {CardStateKind.REVIEW: "review", CardStateKind.RELEARNING: "relearning"}
    return names.get(card.state, "learning")


def _joined(statement: Select, hold: type[CardHold]) -> Select:
    """Join each live question to its deck and to the user's card state and hold, if any."""
    return (
        statement.select_from(Question)
        .join(Deck, Question.deck_key == Deck.key)
        .outerjoin(CardState, and_(CardState.question_id == Question.id, CardState.user_id == bindparam("user")))
        .outerjoin(hold, and_(hold.question_id == Question.id, hold.user_id == bindparam("user")))
        .where(live_question())
    )


def _state(hold: type[CardHold]) -> ColumnElement[str]:
    """The state the browser shows: a hold first (suspended, then buried), else new or the FSRS state."""
    return case(
        (hold.suspended.is_(True), literal("suspended")),
        (hold.buried_until > bindparam("now", type_=UTCDateTime), literal("buried")),
        (CardState.id.is_(None), literal("new")),
        (CardState.state == CardStateKind.REVIEW, literal("review")),
        (CardState.state == CardStateKind.RELEARNING, literal("relearning")),
        else_=literal("learning"),
    )


def _filtered(session: Session, statement: Select, query: BrowseQuery, state: ColumnElement[str]) -> Select:
    if query.text.strip():
        statement = statement.where(text_matches(session, query.text.strip()))
    if query.deck:
        statement = statement.where(Question.deck_key == query.deck)
    if query.tag:
        statement = statement.where(has_tag(query.tag))
    if query.state in STATES:
        statement = statement.where(state == query.state)
    return statement


def _sort_key(sort: str, state: ColumnElement[str]) -> SQLColumnExpression[Any]:
    columns = {
        "question": func.coalesce(func.nullif(Question.prompt, ""), Question.text),
        "answer": Question.answer,
        "deck": Deck.title,
        "tags": cast(Question.tags, String),
        "state": state,
        "due": CardState.due,
        "stability": CardState.stability,
        "lapses": func.coalesce(CardState.lapses, 0),
    }
    return columns.get(sort, CardState.due)
