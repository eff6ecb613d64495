"""Remember what a request already read, for the rest of the request or until it writes (Flask-free).

A study page asks for the same figures several times (today's answers for the queue, for the counts and for
the idle reasons; the due reviews for the counts and for the review order). They are kept in the session's
`info` and dropped on every flush, commit and rollback, so a figure is never read again nor read stale.
A web request ends with the session removed, so nothing outlives it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

__all__ = ["forget_request_memo", "request_memo"]

T = TypeVar("T")
_KEY = "quizapp_memo"


def request_memo(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """Return what `compute` gave for `key` earlier in this session's current unit of work, or compute it now."""
    memo = session.info.setdefault(_KEY, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget_request_memo(session: Session) -> None:
    """Drop what the session remembered, after a write that no flush reports (a bulk DELETE or UPDATE)."""
    session.info.pop(_KEY, None)


def _forget(session: Session, *args: object) -> None:
    forget_request_memo(session)


for _name in ("after_flush", "after_commit", "after_rollback", "after_soft_rollback"):
    event.listen(Session, _name, _forget)
