"""Each card's copy of its question's deck (CardState.deck_key), set when a card is written and kept on moves.

Home counts a student's cards per deck; joining each of a heavy student's 3,000 cards with its question cost
most of the page. The deck is copied onto the card instead, so the counts read one covering index range:
a card inserted without its deck gets its question's, and a flush that moves a question to another deck
moves its cards in the same transaction (sync and the browser editor both go through the ORM).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, event, inspect, select, update
from sqlalchemy.orm import Mapper, Session

from quizapp.models.content import Question
from quizapp.models.progress import CardState

__all__ = ["move_cards"]

_MOVED = "quizapp_moved_questions"
_DECK_OF = select(Question.deck_key).where(Question.id == bindparam("question_id"))
_MOVE = (
    update(CardState)
    .where(CardState.question_id == bindparam("moved_id"))
    .values(deck_key=bindparam("new_deck"))
    .execution_options(synchronize_session=False)
)


def move_cards(connection: Connection | Session, moves: dict[str, str]) -> None:
    """Give every card of each question in `moves` (question id -> deck key) that deck."""
    if moves:
        connection.execute(_MOVE, [{"moved_id": qid, "new_deck": key} for qid, key in sorted(moves.items())])


@event.listens_for(CardState, "before_insert")
def _deck_of_new_card(mapper: Mapper, connection: Connection, card: CardState) -> None:
    """Copy the question's deck onto a card inserted without one."""
    if card.deck_key is None:
        card.deck_key = connection.execute(_DECK_OF, {"question_id": card.question_id}).scalar_one()


def _questions_moved(session: Session, flush_context: object, instances: object) -> None:
    """Note the questions this flush moves to another deck."""
    moved: dict[str, str] = session.info.setdefault(_MOVED, {})
    for question in session.dirty:
        if isinstance(question, Question) and inspect(question).attrs.deck_key.history.has_changes():
            moved[question.id] = question.deck_key


def _move_their_cards(session: Session, flush_context: object) -> None:
    """Move the cards of the questions noted before the flush, in the flush's own transaction."""
    moves = session.info.pop(_MOVED, {})
    # The connection, not the session: a session statement inside a flush would flush again.
    move_cards(session.connection(), moves)


event.listen(Session, "before_flush", _questions_moved)
event.listen(Session, "after_flush", _move_their_cards)
