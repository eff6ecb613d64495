"""The answer a student revealed, kept in their session between checking it and grading it.

Checking an answer is a POST that redirects to a GET of the answer page (Post/Redirect/Get), so Back
and reload never re-send a form. The revealed answer carries the moment it was revealed: the grade
buttons preview the intervals at that moment, and grading schedules at that same moment, so what a
button shows is what it gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from flask import session

SESSION_KEY = "study_revealed"
# A revealed answer older than this is graded at the time of grading (its preview would be a day old).
LONGEST_REVEAL = dt.timedelta(hours=12)


@dataclass(frozen=True)
class Revealed:
    """A card whose answer is shown: which card at which review count, what was given, when."""

    question_id: str
    deck: str
    reps: int
    given: str | None
    shown_at: str | None
    revealed_at_ms: int
    ahead: bool = False  # studied ahead of time (custom study): the grade changes no schedule

    @property
    def revealed_at(self) -> dt.datetime:
        """Return the moment the answer was revealed, the one its grades are computed at."""
        return dt.datetime.fromtimestamp(self.revealed_at_ms / 1000, dt.UTC)


def remember(revealed: Revealed) -> None:
    """Keep the revealed answer in the session for the answer page and its grade."""
    session[SESSION_KEY] = asdict(revealed)


def recall() -> Revealed | None:
    """Return the revealed answer kept in the session, None if there is none (or it is malformed)."""
    data = session.get(SESSION_KEY)
    try:
        return Revealed(**data) if isinstance(data, dict) else None
    except TypeError:
        return None


def forget() -> None:
    """Drop the revealed answer once it is graded."""
    session.pop(SESSION_KEY, None)


def moment_to_grade(revealed_at_ms: str | None, last_review: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """Return the moment a grade is scheduled at: when its answer was revealed, if that is plausible, else now."""
    try:
        moment = dt.datetime.fromtimestamp(int(revealed_at_ms or "") / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return now
    if moment > now or now - moment > LONGEST_REVEAL or (last_review is not None and moment < last_review):
        return now
    return moment
