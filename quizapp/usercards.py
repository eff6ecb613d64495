"""A student's cards beside a list of questions: what the deck and article pages show for each question."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from quizapp.models import CardState, Question, User

__all__ = ["cards_in_deck", "cards_on"]


# Built once with bound values: the deck and article pages ask on every request, and building a statement cost
# more than running it.
_CARDS_ON = select(CardState).where(
    CardState.user_id == bindparam("user"), CardState.question_id.in_(bindparam("ids", expanding=True))
)
_CARDS_IN_DECK = select(CardState).where(
    CardState.user_id == bindparam("user"),
    CardState.question_id.in_(select(Question.id).where(Question.deck_key == bindparam("deck"))),
)


def cards_on(session: Session, user: User, question_ids: Collection[str]) -> dict[str, CardState]:
    """Map each of the questions the user has a card for to that card."""
    return _by_question(session.scalars(_CARDS_ON, {"user": user.id, "ids": list(question_ids)}))


def cards_in_deck(session: Session, user: User, deck_key: str) -> dict[str, CardState]:
    """Map each question of the deck the user has a card for to that card."""
    # Driven by the deck's questions (the unique (user, question) index), not by all of the user's cards.
    return _by_question(session.scalars(_CARDS_IN_DECK, {"user": user.id, "deck": deck_key}))


def _by_question(cards: Iterable[CardState]) -> dict[str, CardState]:
    return {card.question_id: card for card in cards}
