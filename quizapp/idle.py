"""Why a deck has nothing to study right now, in words the home page can show."""

from __future__ import annotations

from quizapp.queue import DeckCounts
from quizapp.studyday import Today


def idle_reason(counts: DeckCounts, today: Today) -> str | None:
    """Return why nothing can be studied now ("new-card limit reached for today — 20 of 20"); None if something can."""
    if counts.new or counts.due:
        return None
    if counts.reviews_waiting and not today.reviews_left:
        return f"Review limit reached for today — {today.reviews_done + today.new_done} of {today.review_limit}."
    if counts.new_waiting:
        if today.new_limit == 0:
            return "Your new-card limit is 0 a day — raise it in Settings to start new cards."
        if today.new_done >= today.new_limit:
            return f"New-card limit reached for today — {today.new_done} of {today.new_limit}."
        # New cards still count towards the review limit (as in Anki), so it can hold them back too.
        return (
            f"Review limit reached for today — {today.reviews_done + today.new_done} of {today.review_limit}"
            " (new cards count towards it)."
        )
    if counts.learning:
        return "Cards in learning come back in a few minutes."
    if counts.total and counts.learned == counts.total:
        return "All caught up: every card is learned and none is due today."
    if counts.total:
        return "Nothing due today; the cards left new are held back because a related card was studied today."
    return "This deck has no questions yet."
