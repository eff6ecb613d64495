"""A student's own progress as data they can take away (JSON, CSV), and deleting an account with all of it."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quizapp.models import CardHold, CardState, Review, ReviewDay, ReviewDayClock, User

CARD_FIELDS = ("question_id", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
REVIEW_FIELDS = (
    "question_id",
    "reviewed_at",
    "kind",
    "rating",
    "auto_correct",
    "typed_answer",
    "duration_ms",
    "state_before",
    "state_after",
)
SETTING_FIELDS = ("timezone", "day_starts_at_hour", "desired_retention", "new_cards_per_day", "reviews_per_day")
# A spreadsheet runs a cell that starts with one of these as a formula; a typed answer must stay text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def card_rows(session: Session, user: User) -> list[dict[str, Any]]:
    """Return the user's card states, one dict per question studied, by question id."""
    cards = session.scalars(select(CardState).where(CardState.user_id == user.id).order_by(CardState.question_id))
    return [{name: _plain(getattr(card, name)) for name in CARD_FIELDS} for card in cards]


def review_rows(session: Session, user: User) -> list[dict[str, Any]]:
    """Return the user's review log, oldest first."""
    reviews = session.scalars(select(Review).where(Review.user_id == user.id).order_by(Review.reviewed_at, Review.id))
    return [{name: _plain(getattr(review, name)) for name in REVIEW_FIELDS} for review in reviews]


def progress_document(session: Session, user: User) -> dict[str, Any]:
    """Return everything the app keeps about the user's studying, ready for json.dumps."""
    return {
        "username": user.username,
        "created_at": _plain(user.created_at),
        "settings": {name: getattr(user, name) for name in SETTING_FIELDS},
        "card_states": card_rows(session, user),
        "review_log": review_rows(session, user),
    }


def rows_as_csv(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> str:
    """Write rows as CSV with a header line; nested values as JSON-like text, formulas defused."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: _cell(row[name]) for name in fields})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def delete_account(session: Session, user: User) -> None:
    """Delete the user with every card state, hold and review; commit."""
    session.execute(delete(ReviewDay).where(ReviewDay.user_id == user.id))
    session.execute(delete(ReviewDayClock).where(ReviewDayClock.user_id == user.id))
    session.execute(delete(Review).where(Review.user_id == user.id))
    session.execute(delete(CardHold).where(CardHold.user_id == user.id))
    session.execute(delete(CardState).where(CardState.user_id == user.id))
    session.delete(user)
    session.commit()
