"""A student's cards beside a list of questions: what the deck and article pages show for each question."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from quizapp.models import CardState, Question, User

__all__ = ["cards_in_deck", "cards_on"]


def cards_on(session: Session, user: User, question_ids: Collection[str]) -> dict[str, CardState]:
    """Map each of the questions the user has a card for to that card."""
    return _cards(session, user, list(question_ids))


def cards_in_deck(session: Session, user: User, deck_key: str) -> dict[str, CardState]:
    """Map each question of the deck the user has a card for to that card."""
    # Driven by the deck's questions (the unique (user, question) index), not by all of the user's cards.
    return _cards(session, user, select(Question.id).where(Question.deck_key == deck_key))


def _cards(session: Session, user: User, question_ids: list[str] | Select) -> dict[str, CardState]:
    cards = session.scalars(
        select(CardState).where(CardState.user_id == user.id, CardState.question_id.in_(question_ids))
    )
    return {card.question_id: card for card in cards}
