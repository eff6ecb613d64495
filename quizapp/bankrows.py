"""Read the live (non-retired) decks and questions from the database as quizapp.bank values for export."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.bank.model import Deck as BankDeck
from quizapp.bank.model import Question as BankQuestion
from quizapp.bank.model import QuestionType, Source
from quizapp.live import live_decks, live_question
from quizapp.models import Question


def live_bank_decks(session: Session, keys: Sequence[str] = ()) -> list[BankDeck]:
    """Return the non-retired decks with their live questions (all decks, or those with `keys`)."""
    rows = live_decks(session, keys)
    questions = session.scalars(
        select(Question)
        .where(live_question(), Question.deck_key.in_([d.key for d in rows]))
        .order_by(Question.deck_key, Question.position)
    ).all()
    by_deck: dict[str, list[BankQuestion]] = {}
    for row in questions:
        by_deck.setdefault(row.deck_key, []).append(bank_question(row))
    # A question's stored tags already include its deck's, so the deck itself carries none here.
    return [
        BankDeck(key=d.key, title=d.title, path=d.file, description=d.description, questions=by_deck.get(d.key, []))
        for d in rows
    ]


def bank_question(row: Question) -> BankQuestion:
    """Turn a Question row back into the value the YAML loader makes."""
    source = None
    if row.source_article and row.source_section and row.source_paragraph and row.source_quote:
        source = Source(row.source_article, row.source_section, row.source_paragraph, row.source_quote)
    return BankQuestion(
        id=row.id,
        type=QuestionType(row.type),
        prompt=row.prompt,
        text=row.text,
        answer=row.answer,
        accept=tuple(row.accept or ()),
        choices=tuple(row.choices or ()),
        explanation=row.explanation,
        hint=row.hint,
        fact=row.fact,
        tags=tuple(row.tags or ()),
        source=source,
        line=row.line,
    )
