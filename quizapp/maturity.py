"""When a card counts as mature: a review card whose interval is at least 21 days (Flask-free, no database)."""

from __future__ import annotations

import datetime as dt

MATURE_DAYS = 21
REVIEW_STATE = 2  # CardStateKind.REVIEW, kept here so the models can import this module


def is_mature(state: dict | None) -> bool:
    """Tell whether a card snapshot (Review.state_before) was a review card with an interval of 21+ days."""
    if not state or state.get("state") != REVIEW_STATE:
        return False
    if state.get("due") and state.get("last_review"):
        interval = dt.datetime.fromisoformat(state["due"]) - dt.datetime.fromisoformat(state["last_review"])
        return interval >= dt.timedelta(days=MATURE_DAYS)
    return (state.get("stability") or 0) >= MATURE_DAYS


def was_review_card(state: dict | None) -> bool:
    """Tell whether a card snapshot (Review.state_before) was a review card: true retention counts its answer."""
    return state is not None and bool(state) and state.get("state") == REVIEW_STATE
