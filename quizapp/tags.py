"""Question tags in SQL: "has this tag" and the list of tags in use, on SQLite and PostgreSQL alike.

Tags are a JSON list stored as text (json.dumps on both databases), so a tag is found as its JSON string
inside that text: `"date"` matches the element "date" and never "update". The leech tag is per user
(CardHold.leech), not in the bank, so it is matched there.
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, Text, bindparam, cast, select
from sqlalchemy.orm import Session

from quizapp.live import live_question
from quizapp.models import CardHold, Question

__all__ = ["LEECH", "bank_tags", "has_tag"]

LEECH = "leech"


def has_tag(tag: str) -> ColumnElement[bool]:
    """A filter on Question: it carries the tag (or, for "leech", the :user's card is a leech)."""
    if tag == LEECH:
        return (
            select(CardHold.id)
            .where(CardHold.user_id == bindparam("user"), CardHold.question_id == Question.id, CardHold.leech.is_(True))
            .exists()
        )
    pattern = "%" + json.dumps(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return cast(Question.tags, Text).like(pattern, escape="\\")


def bank_tags(session: Session) -> list[str]:
    """Return every tag of a live question, sorted, with "leech" among them."""
    lists = session.scalars(select(cast(Question.tags, Text)).where(live_question()).distinct())
    found = {tag for text in lists for tag in json.loads(text or "[]")}
    return sorted(found | {LEECH}, key=str.casefold)
