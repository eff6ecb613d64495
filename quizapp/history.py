"""A user's review history out and in: Review rows to portable entries, and entries replayed into the schedule.

Import matches each entry to a question by its note GUID (quizapp's Anki export sets `quizapp:<id>`, and a
note imported from Anki keeps its own), skips what is already there (the same card answered at the same
millisecond, whether it came from a file or was answered here), and then rebuilds every touched card by
replaying all its reviews in time order through the user's scheduler, so the card ends as if every answer
had been given here. One transaction: a file that fails leaves everything as it was.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import scheduling
from quizapp.export.guids import note_guid, question_id_for_guid
from quizapp.export.revlog import HistoryEntry
from quizapp.maturity import is_mature, was_review_card
from quizapp.models import CardState, Question, Review, User
from quizapp.reviewdays import forget_days
from quizapp.reviews import settings_for

__all__ = ["HistoryImport", "history_entries", "import_history"]

LEARN, REVIEW, RELEARN, FILTERED = 0, 1, 2, 3


@dataclass(frozen=True)
class HistoryImport:
    """What an import did: reviews added, already there, of notes not in this bank, and cards rebuilt."""

    added: int
    duplicates: int
    unknown: int
    cards: int

    def summary(self) -> str:
        """Return one line for the page and the CLI."""
        return (
            f"{self.added} reviews added, {self.duplicates} already there, {self.unknown} of notes not in "
            f"this bank skipped; {self.cards} cards rescheduled"
        )


def history_entries(session: Session, user: User) -> list[HistoryEntry]:
    """Return the user's reviews, oldest first, as portable entries."""
    rows = session.scalars(select(Review).where(Review.user_id == user.id).order_by(Review.reviewed_at, Review.id))
    return [_entry(row) for row in rows]


def _entry(row: Review) -> HistoryEntry:
    before, after = row.state_before or {}, row.state_after or {}
    kind = FILTERED if row.kind != "review" else {2: REVIEW, 3: RELEARN}.get(before.get("state") or 0, LEARN)
    return HistoryEntry(
        note_guid(row.question_id),
        row.reviewed_at,
        row.rating,
        row.duration_ms,
        kind,
        _interval(after, row.reviewed_at),
        _interval(before, None),
        round(1000 * after["difficulty"]) if after.get("difficulty") else 0,
    )


def _interval(state: dict, answered: dt.datetime | None) -> int:
    """Return Anki's ivl: days to the due date for a review card, negative seconds for a learning one."""
    if not state.get("due"):
        return 0
    due = dt.datetime.fromisoformat(state["due"])
    start = answered or (dt.datetime.fromisoformat(state["last_review"]) if state.get("last_review") else due)
    if state.get("state") == 2:
        return max(round((due - start).total_seconds() / 86400), 0)
    return -max(round((due - start).total_seconds()), 0)


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def import_history(session: Session, user: User, entries: list[HistoryEntry]) -> HistoryImport:
    """Add the entries the user does not have yet, rebuild the cards they touch, and commit."""
    wanted = {entry.guid: question_id_for_guid(entry.guid) for entry in entries}
    known = set(session.scalars(select(Question.id).where(Question.id.in_(set(wanted.values())))))
    matched = [entry for entry in entries if wanted[entry.guid] in known]
    existing = session.scalars(
        select(Review).where(Review.user_id == user.id, Review.question_id.in_({wanted[e.guid] for e in matched}))
    )
    have = {(row.question_id, _ms(row.reviewed_at)) for row in existing}
    added = []
    for entry in sorted(matched, key=lambda e: e.reviewed_at):
        key = (wanted[entry.guid], _ms(entry.reviewed_at))
        if key in have:
            continue
        have.add(key)
        added.append(
            Review(
                user_id=user.id,
                question_id=key[0],
                rating=entry.rating,
                duration_ms=entry.duration_ms,
                reviewed_at=entry.reviewed_at,
                kind="review",
                state_after={},
                source_id=f"import:{key[1]}:{zlib.crc32(key[0].encode()):08x}",
            )
        )
    try:
        session.add_all(added)
        session.flush()
        cards = sorted({row.question_id for row in added})
        for question_id in cards:
            _rebuild(session, user, question_id)
        forget_days(session, user)  # the replay changed which earlier reviews were mature: count the days anew
        session.commit()
    except Exception:
        session.rollback()
        raise
    return HistoryImport(len(added), len(matched) - len(added), len(entries) - len(matched), len(cards))


def _rebuild(session: Session, user: User, question_id: str) -> None:
    """Replay every review of the card in time order; store each row's states and the card's final state."""
    settings = settings_for(user)
    rows = session.scalars(
        select(Review)
        .where(Review.user_id == user.id, Review.question_id == question_id)
        .order_by(Review.reviewed_at, Review.id)
    ).all()
    memory = None
    for row in rows:
        seed = scheduling.fuzz_seed(f"{user.id}:{question_id}", memory.reps if memory else 0)
        row.state_before = memory.to_dict() if memory else None
        row.mature, row.review_card = is_mature(row.state_before), was_review_card(row.state_before)
        memory = scheduling.review(memory, scheduling.Rating(row.rating), row.reviewed_at, settings, seed)
        row.state_after = memory.to_dict()
    card = session.scalar(select(CardState).where(CardState.user_id == user.id, CardState.question_id == question_id))
    if card is None:
        card = CardState(user_id=user.id, question_id=question_id)
        session.add(card)
    assert memory is not None, "a card is replayed from its reviews"
    card.state, card.step = int(memory.state), memory.step
    card.stability, card.difficulty, card.due, card.last_review = (
        memory.stability,
        memory.difficulty,
        memory.due,
        memory.last_review,
    )
    card.reps, card.lapses = memory.reps, memory.lapses
