"""Each deck's count of questions not retired (Deck.live_questions), kept right on every flush.

Home and Stats show how many questions each deck (and the bank) holds; counting them on every page read the
question index once per request, a pass that grows with the bank. The count is stored instead: a flush that
adds, retires, restores, moves or deletes a question recounts its decks in the same transaction (sync, the
browser editor and a test that retires a question by hand all go through one), and `quizapp sync` recounts
every deck, so that a bulk write which bypassed the ORM is put right by the next sync.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, event, func, inspect, select, update
from sqlalchemy.orm import Session

from quizapp.models.content import Deck, Question

__all__ = ["store_live_counts"]

_PENDING = "quizapp_recount_decks"


def store_live_counts(connection: Connection | Session, keys: Collection[str] | None = None) -> None:
    """Recount the questions not retired of the decks of `keys` (every deck when None) and store the counts."""
    live = (
        select(func.count())
        .select_from(Question)
        .where(Question.retired.is_(False), Question.deck_key == Deck.key)
        .scalar_subquery()
    )
    statement = update(Deck).values(live_questions=live)
    if keys is not None:
        if not keys:
            return
        statement = statement.where(Deck.key.in_(sorted(keys)))
    connection.execute(statement.execution_options(synchronize_session=False))


def _decks_touched(session: Session, flush_context: object, instances: object) -> None:
    """Note the decks whose questions this flush adds, deletes, retires, restores or moves."""
    keys: set[str] = session.info.setdefault(_PENDING, set())
    for question in (*session.new, *session.deleted):
        if isinstance(question, Question):
            keys.add(question.deck_key)
    for question in session.dirty:
        if not isinstance(question, Question):
            continue
        state = inspect(question)
        retired, deck = state.attrs.retired.history, state.attrs.deck_key.history
        if deck.has_changes():
            keys.update(key for key in (*deck.added, *deck.deleted) if key is not None)
        elif retired.has_changes() and list(retired.added) != list(retired.deleted):
            keys.add(question.deck_key)


def _recount(session: Session, flush_context: object) -> None:
    """Store the new counts of the decks noted before the flush, in the flush's own transaction."""
    keys = session.info.pop(_PENDING, set())
    if keys:
        # The connection, not the session: a session statement inside a flush would flush again.
        store_live_counts(session.connection(), keys)


event.listen(Session, "before_flush", _decks_touched)
event.listen(Session, "after_flush", _recount)
