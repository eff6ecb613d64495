"""How long an answer took, from the time the card was shown (kept in the form) to the grade."""

from __future__ import annotations

import datetime as dt

from quizapp.db import utcnow

# Time beyond this is taken to be time away from the screen, not time spent on the card.
LONGEST_ANSWER = dt.timedelta(minutes=5)


def answer_duration_ms(shown_at: str | None, now: dt.datetime | None = None) -> int | None:
    """Return the milliseconds since the card was shown (epoch ms from the form), capped; None if unknown."""
    if not shown_at:
        return None
    try:
        elapsed = (now or utcnow()) - dt.datetime.fromtimestamp(int(shown_at) / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):  # a doctored timestamp far outside the calendar
        return None
    if elapsed < dt.timedelta(0):
        return None
    return int(min(elapsed, LONGEST_ANSWER) / dt.timedelta(milliseconds=1))
