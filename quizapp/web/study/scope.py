"""The custom study session kept in the student's Flask session: its scope and the cards seen so far.

Nothing of it reaches the database: studying ahead of time changes no schedule (quizapp.customstudy).
"""

from __future__ import annotations

from dataclasses import asdict

from flask import session

from quizapp.customstudy import Scope

SESSION_KEY = "study_ahead"
UNDONE_KEY = "study_undone"
MOST_SEEN = 1000  # a session bounded like this keeps the cookie small; beyond it a card may come round again


def start(scope: Scope) -> None:
    """Begin a custom study session over the scope, nothing seen yet."""
    session[SESSION_KEY] = {"scope": asdict(scope), "seen": []}


def current() -> tuple[Scope, list[str]] | None:
    """Return the session's scope and the ids seen, or None when no custom study is under way (or it is malformed)."""
    data = session.get(SESSION_KEY)
    try:
        return Scope(**data["scope"]), [str(seen) for seen in data["seen"]]  # type: ignore[index]  # None raises the TypeError caught below
    except (TypeError, KeyError):
        return None


def mark_seen(question_id: str) -> None:
    """Count a card as studied in this custom session, so it is not shown again."""
    found = current()
    if found is not None:
        scope, seen = found
        session[SESSION_KEY] = {"scope": asdict(scope), "seen": ([*seen, question_id])[-MOST_SEEN:]}


def remember_undone(question_id: str) -> None:
    """Keep the card an undo took back, so that the study page shows it again, for a real grade."""
    session[UNDONE_KEY] = question_id


def undone() -> str | None:
    """Return the card an undo took back and not yet graded again, if any."""
    value = session.get(UNDONE_KEY)
    return value if isinstance(value, str) else None


def forget_undone() -> None:
    """Drop the undone card once it is graded again."""
    session.pop(UNDONE_KEY, None)
