"""Set cards aside by hand or as leeches: suspend, unsuspend, bury until the next study day, reset (forget).

A held card (suspended, or buried until a moment still to come) is never shown nor counted as due or new:
the queue and custom study filter on `held()`. Reset makes a card new again, as Anki's Forget does: its
CardState row goes, its Review rows (the history) stay.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Literal, overload

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, String, bindparam, delete, or_, select
from sqlalchemy.orm import Session

from quizapp.db import UTCDateTime
from quizapp.live import live_question
from quizapp.models import CardHold, CardState, Question, User
from quizapp.studyday import user_day

__all__ = [
    "ACTIONS",
    "act",
    "bury",
    "held",
    "held_question_ids",
    "hold_for",
    "is_held",
    "is_held_now",
    "is_leech_lapse",
    "reset",
    "suspend",
    "unsuspend",
]


def held(question_id: SQLColumnExpression[str]) -> ColumnElement[bool]:
    """A filter: the :user's card for this question is suspended or buried beyond :now (bound parameters)."""
    return (
        select(CardHold.id)
        .where(CardHold.user_id == bindparam("user"), CardHold.question_id == question_id, is_held(CardHold))
        .exists()
    )


def held_question_ids() -> Select[str]:
    """Select the ids of the :user's questions whose cards are suspended or buried beyond :now (bound parameters).

    As `question_id NOT IN (this)`, a list read once per statement: over a heavy student's ~1,000 due reviews it
    costs less than held()'s lookup of every card's hold (0.3-0.5 ms of the study page's review order).
    """
    return select(CardHold.question_id).where(CardHold.user_id == bindparam("user"), is_held(CardHold))


def is_held(hold: type[CardHold]) -> ColumnElement[bool]:
    """A filter on a CardHold row: suspended, or buried beyond :now."""
    return or_(hold.suspended.is_(True), hold.buried_until > bindparam("now", type_=UTCDateTime))


def is_leech_lapse(lapses: int, threshold: int) -> bool:
    """Tell whether this lapse count makes a leech: at the threshold and every half threshold after (Anki's rule)."""
    if threshold <= 0:
        return False
    half = max(math.ceil(threshold / 2), 1)
    return lapses >= threshold and (lapses - threshold) % half == 0


def is_held_now(session: Session, user: User, question_id: str, now: dt.datetime) -> bool:
    """Tell whether the user's card for this question is suspended or buried at `now`."""
    statement = select(held(bindparam("question", type_=String)))
    return bool(session.scalar(statement, {"user": user.id, "now": now, "question": question_id}))


@overload
def hold_for(session: Session, user: User, question_id: str, create: Literal[True]) -> CardHold: ...
@overload
def hold_for(session: Session, user: User, question_id: str, create: bool = False) -> CardHold | None: ...
def hold_for(session: Session, user: User, question_id: str, create: bool = False) -> CardHold | None:
    """Return the user's hold row for a question (made, not yet committed, when `create` and there is none)."""
    hold = session.scalar(select(CardHold).filter_by(user_id=user.id, question_id=question_id))
    if hold is None and create:
        hold = CardHold(user_id=user.id, question_id=question_id, suspended=False, leech=False)
        session.add(hold)
    return hold


def suspend(session: Session, user: User, question_ids: Iterable[str]) -> int:
    """Suspend the user's cards for these live questions; return how many were not suspended before."""
    changed = 0
    for question_id in _live(session, question_ids):
        hold = hold_for(session, user, question_id, create=True)
        changed += not hold.suspended
        hold.suspended = True
    session.commit()
    return changed


def unsuspend(session: Session, user: User, question_ids: Iterable[str]) -> int:
    """Unsuspend the user's cards for these questions (a leech keeps its tag); return how many were suspended."""
    changed = 0
    for question_id in set(question_ids):
        hold = hold_for(session, user, question_id)
        if hold is not None and hold.suspended:
            hold.suspended, changed = False, changed + 1
    session.commit()
    return changed


def bury(session: Session, user: User, question_id: str, now: dt.datetime) -> dt.datetime:
    """Bury the user's card until their next study day starts; return that moment."""
    _, next_day = user_day(user, now)
    hold_for(session, user, question_id, create=True).buried_until = next_day
    session.commit()
    return next_day


def reset(session: Session, user: User, question_id: str) -> bool:
    """Make the user's card new again, keeping its review history; return whether it had a schedule."""
    deleted = session.execute(
        delete(CardState).where(CardState.user_id == user.id, CardState.question_id == question_id)
    ).rowcount  # type: ignore[attr-defined]  # a CursorResult
    session.commit()
    return bool(deleted)


ACTIONS = ("suspend", "unsuspend", "bury", "reset")


def act(session: Session, user: User, question_id: str, action: str, now: dt.datetime) -> None:
    """Do one of ACTIONS to the user's card for a question, as the answer page and the browser ask."""
    if action == "suspend":
        suspend(session, user, [question_id])
    elif action == "unsuspend":
        unsuspend(session, user, [question_id])
    elif action == "bury":
        bury(session, user, question_id, now)
    elif action == "reset":
        reset(session, user, question_id)
    else:
        raise ValueError(f"unknown card action {action!r}")


def _live(session: Session, question_ids: Iterable[str]) -> list[str]:
    """Return those of the ids that name a live question (a form may post anything)."""
    wanted = sorted(set(question_ids))
    if not wanted:
        return []
    return list(session.scalars(select(Question.id).where(Question.id.in_(wanted), live_question())))
