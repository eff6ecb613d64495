"""Record and undo reviews: the database side of scheduling (CardState rows <-> `scheduling.Memory`).

The card-state update and its Review row are committed together. Undo takes back the user's latest
review of the study day: its row is deleted and the card state restored from the row's `state_before`
(or deleted, when the card was new), so both return exactly to what they were. A review that made the
card a leech (tagged and suspended, see quizapp.holds) keeps the hold as it was in its `state_after`
("hold_before"), so that undo lifts the suspension too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from quizapp import scheduling
from quizapp.db import UTCDateTime, db, read, utcnow
from quizapp.holds import hold_for, is_leech_lapse
from quizapp.models import CardState, Question, Review, User
from quizapp.scheduling import Memory, Rating
from quizapp.steps import StepsError, parse_steps
from quizapp.studyday import user_day


class StaleCard(Exception):
    """The card changed since it was shown or read (answered in another tab, or a double submit)."""


@dataclass(frozen=True)
class Answer:
    """What the student did before grading: the typed answer, the auto-check, the time taken."""

    typed: str | None = None
    auto_correct: bool | None = None
    duration_ms: int | None = None


def settings_for(user: User) -> scheduling.Settings:
    """Return the user's scheduling settings, the retention kept within what FSRS handles well."""
    return scheduling.Settings(
        desired_retention=min(max(user.desired_retention, 0.70), 0.97),
        clock=scheduling.StudyClock(user.timezone, user.day_starts_at_hour),
        parameters=tuple(user.fsrs_parameters) if user.fsrs_parameters else None,
        **_steps_of(user),
    )


def _steps_of(user: User) -> dict[str, Any]:
    """Return the user's learning and relearning steps; one the form did not write keeps the default."""
    steps = {}
    for name in ("learning_steps", "relearning_steps"):
        # Only a row written around the settings form (which validates) can hold a bad list.
        with contextlib.suppress(StepsError, TypeError):
            steps[name] = parse_steps(getattr(user, name))
    return steps


def memory_of(card: CardState | None) -> Memory | None:
    """Return a card row's memory state, or None for a new card."""
    if card is None:
        return None
    # A review card has no learning step (fsrs: None); rows stored before that rule held 0.
    step = None if card.state == scheduling.State.Review else card.step
    return Memory(
        state=scheduling.State(card.state),
        step=step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=card.reps,
        lapses=card.lapses,
    )


def card_for(session: Session, user: User, question_id: str) -> CardState | None:
    """Return the user's card row for a question, None if the question is new to them."""
    return session.scalar(_CARD_FOR, {"user": user.id, "question_id": question_id})


def card_progress(session: Session, user: User, question_id: str) -> tuple[int, int] | None:
    """Return the (reps, state) of the user's card for a question as a plain row, None if it is new to them."""
    row = read(session, _CARD_PROGRESS, {"user": user.id, "question_id": question_id}).first()
    return (row.reps, row.state) if row is not None else None


# Built once, with bound parameters: building them cost each study request more than running them.
_CARD_PROGRESS = db.select(CardState.reps, CardState.state).where(
    CardState.user_id == bindparam("user"), CardState.question_id == bindparam("question_id")
)
_CARD_FOR = db.select(CardState).where(
    CardState.user_id == bindparam("user"), CardState.question_id == bindparam("question_id")
)
_REVIEWED_SINCE = (
    db.select(Review.id)
    .where(Review.user_id == bindparam("user"), Review.reviewed_at >= bindparam("start", type_=UTCDateTime))
    .limit(1)
)


def preview_for(session: Session, user: User, question_id: str, now: dt.datetime | None = None) -> dict[Rating, Memory]:
    """Return what each grade would make of the user's card for this question."""
    return _preview(user, question_id, card_for(session, user, question_id), now or utcnow())


def _preview(user: User, question_id: str, card: CardState | None, now: dt.datetime) -> dict[Rating, Memory]:
    memory = memory_of(card)
    return scheduling.preview(memory, now, settings_for(user), _seed(user, question_id, memory))


def grade_labels(user: User, question_id: str, card: CardState | None, now: dt.datetime) -> list[tuple[Rating, str]]:
    """Return each grade with the interval its button shows ("10m", "6d"), as grading `card` at `now` gives it.

    The caller has the card row already (the answer page reads it to check the reps): it is not read again.
    """
    clock = settings_for(user).clock
    return [
        (rating, scheduling.due_label(memory, now, clock))
        for rating, memory in _preview(user, question_id, card, now).items()
    ]


def record_review(
    session: Session,
    user: User,
    question: Question,
    rating: Rating,
    answer: Answer,
    expected_reps: int,
    now: dt.datetime | None = None,
) -> Review:
    """Grade the card, store its new state and the Review row in one transaction; return the row."""
    now = now or utcnow()
    card = card_for(session, user, question.id)
    before = memory_of(card)
    if (before.reps if before else 0) != expected_reps:
        raise StaleCard(question.id)
    after = scheduling.review(before, rating, now, settings_for(user), _seed(user, question.id, before))
    if card is None:
        card = CardState(user_id=user.id, question_id=question.id, deck_key=question.deck_key)
        session.add(card)
    _store(card, after)
    state_after = after.to_dict()
    if after.lapses > (before.lapses if before else 0) and is_leech_lapse(after.lapses, user.leech_threshold):
        state_after["hold_before"] = _make_leech(session, user, question.id)
    row = Review(
        user_id=user.id,
        question_id=question.id,
        rating=int(rating),
        auto_correct=answer.auto_correct,
        typed_answer=answer.typed,
        duration_ms=answer.duration_ms,
        reviewed_at=now,
        state_before=before.to_dict() if before else None,
        state_after=state_after,
    )
    session.add(row)
    _commit_or_stale(session, question.id)
    # The commit expired the row; what callers read of it (made_leech, the lapses) is known: no SELECT for it.
    set_committed_value(row, "state_after", state_after)
    return row


def made_leech(review: Review) -> bool:
    """Tell whether this review made its card a leech (tagged and suspended)."""
    return "hold_before" in (review.state_after or {})


def _make_leech(session: Session, user: User, question_id: str) -> dict[str, bool]:
    """Tag the card a leech and suspend it, as Anki does; return the hold as it was, for undo."""
    hold = hold_for(session, user, question_id, create=True)
    before = {"suspended": bool(hold.suspended), "leech": bool(hold.leech)}
    hold.suspended, hold.leech = True, True
    return before


# Built once with bound values, as every undo asks it (building a statement cost more than running it).
_LATEST_SINCE = (
    db.select(Review)
    .where(Review.user_id == bindparam("user"), Review.reviewed_at >= bindparam("start"))
    .order_by(Review.id.desc())
    .limit(1)
)


def undo_last_review(session: Session, user: User, now: dt.datetime | None = None) -> str | None:
    """Take back the user's latest review of today; return its question id, or None if there is none.

    Raises StaleCard when another request graded or undid that card while this one ran.
    """
    start, _ = user_day(user, now or utcnow())
    row = session.scalar(_LATEST_SINCE, {"user": user.id, "start": start})
    if row is None:
        return None
    card = card_for(session, user, row.question_id)
    if row.state_before is None:
        if card is not None:
            session.delete(card)
    else:
        if card is None:
            card = CardState(user_id=user.id, question_id=row.question_id)
            session.add(card)
        _store(card, Memory.from_dict(row.state_before))
    if made_leech(row) and (hold := hold_for(session, user, row.question_id)) is not None:
        kept = row.state_after["hold_before"]
        hold.suspended, hold.leech = kept["suspended"], kept["leech"]
    question_id = row.question_id
    session.delete(row)
    _commit_or_stale(session, question_id)
    return question_id


def undo_available(session: Session, user: User, now: dt.datetime | None = None) -> bool:
    """Tell whether the user has a review today to take back."""
    start, _ = user_day(user, now or utcnow())
    return read(session, _REVIEWED_SINCE, {"user": user.id, "start": start}).scalar() is not None


def _commit_or_stale(session: Session, question_id: str) -> None:
    """Commit, or roll back and raise StaleCard when another request changed the card meanwhile."""
    try:
        session.commit()
    # IntegrityError: another request created the card row first; StaleDataError: it changed its reps.
    except (IntegrityError, StaleDataError) as error:
        session.rollback()
        raise StaleCard(question_id) from error


def _store(card: CardState, memory: Memory) -> None:
    card.state, card.step = int(memory.state), memory.step
    card.stability, card.difficulty = memory.stability, memory.difficulty
    card.due, card.last_review = memory.due, memory.last_review
    card.reps, card.lapses = memory.reps, memory.lapses


def _seed(user: User, question_id: str, memory: Memory | None) -> int:
    return scheduling.fuzz_seed(f"{user.id}:{question_id}", memory.reps if memory else 0)
