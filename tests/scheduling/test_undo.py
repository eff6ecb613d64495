"""Recording reviews and undoing them: the card state and the review log return exactly to what they were."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.db import db
from quizapp.models import CardState, Question, Review
from quizapp.reviews import Answer, StaleCard, card_for, preview_for, record_review, undo_last_review
from quizapp.scheduling import Rating
from tests.scheduling.conftest import NOON, grade

EMBASSY, DONATION = "sample-kuwait-embassy-reopened", "sample-kuwait-donation"
COLUMNS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")


def state_of(user, question_id):
    card = card_for(db.session, user, question_id)
    return None if card is None else {name: getattr(card, name) for name in COLUMNS}


def reviews_of(user):
    return [
        (r.id, r.question_id, r.rating)
        for r in db.session.scalars(db.select(Review).where(Review.user_id == user.id).order_by(Review.id))
    ]


def test_a_review_row_holds_the_answer_and_both_states(student):
    question = db.session.get(Question, EMBASSY)
    row = record_review(db.session, student, question, Rating.Again, Answer("2012", False, 4200), 0, now=NOON)
    assert (row.rating, row.auto_correct, row.typed_answer, row.duration_ms) == (1, False, "2012", 4200)
    assert row.state_before is None and row.state_after["reps"] == 1
    assert row.reviewed_at == NOON
    assert card_for(db.session, student, EMBASSY).due == NOON + dt.timedelta(minutes=1)


def test_undo_of_a_new_card_deletes_its_state_and_review(student):
    grade(student, EMBASSY, Rating.Good, NOON)
    assert undo_last_review(db.session, student, now=NOON) == EMBASSY
    assert state_of(student, EMBASSY) is None and reviews_of(student) == []


def test_undo_several_steps_back_restores_each_state_exactly(student):
    states, logs, now = [], [], NOON
    for rating in (Rating.Again, Rating.Good, Rating.Good, Rating.Again):
        states.append(state_of(student, EMBASSY))
        logs.append(reviews_of(student))
        grade(student, EMBASSY, rating, now)
        now += dt.timedelta(minutes=15)
    grade(student, DONATION, Rating.Easy, now)
    assert undo_last_review(db.session, student, now=now) == DONATION
    assert state_of(student, DONATION) is None
    for before, log in zip(reversed(states), reversed(logs), strict=True):
        assert undo_last_review(db.session, student, now=now) == EMBASSY
        db.session.expire_all()  # compare what the database holds, not what the session remembers
        assert state_of(student, EMBASSY) == before
        assert reviews_of(student) == log
    assert undo_last_review(db.session, student, now=now) is None


def test_undo_only_reaches_back_to_the_start_of_the_study_day(student):
    grade(student, EMBASSY, Rating.Easy, NOON)
    assert undo_last_review(db.session, student, now=NOON + dt.timedelta(days=1)) is None
    assert state_of(student, EMBASSY) is not None


def test_the_previewed_interval_is_the_one_given(student):
    grade(student, EMBASSY, Rating.Good, NOON)
    grade(student, EMBASSY, Rating.Good, NOON + dt.timedelta(minutes=10))
    later = card_for(db.session, student, EMBASSY).due + dt.timedelta(days=2)
    previews = preview_for(db.session, student, EMBASSY, later)
    for rating in Rating:
        card = grade(student, EMBASSY, rating, later)
        assert card.due == previews[rating].due and card.stability == previews[rating].stability
        undo_last_review(db.session, student, now=later)


def test_a_stale_answer_is_refused(student):
    grade(student, EMBASSY, Rating.Good, NOON)
    with pytest.raises(StaleCard):
        record_review(db.session, student, db.session.get(Question, EMBASSY), Rating.Good, Answer(), 0, now=NOON)
    assert db.session.scalar(db.select(db.func.count()).select_from(CardState)) == 1
    assert len(reviews_of(student)) == 1


def another_request_grades(question_id: str) -> None:
    """Change the card's review count from another connection, as a concurrent request would."""
    with db.engine.begin() as other:
        other.execute(db.update(CardState).where(CardState.question_id == question_id).values(reps=CardState.reps + 1))


def test_a_grade_racing_another_on_the_same_card_is_refused(student):
    grade(student, EMBASSY, Rating.Good, NOON)
    read = card_for(db.session, student, EMBASSY)  # this request has read the card (reps 1) ...
    another_request_grades(EMBASSY)  # ... when another one grades it
    with pytest.raises(StaleCard):
        record_review(db.session, student, db.session.get(Question, EMBASSY), Rating.Again, Answer(), 1, now=NOON)
    db.session.expire_all()
    assert read.reps == 2 and len(reviews_of(student)) == 1


def test_an_undo_racing_a_grade_of_the_same_card_is_refused(student):
    grade(student, EMBASSY, Rating.Good, NOON)
    grade(student, EMBASSY, Rating.Good, NOON)
    read = card_for(db.session, student, EMBASSY)
    another_request_grades(EMBASSY)
    with pytest.raises(StaleCard):
        undo_last_review(db.session, student, now=NOON)
    db.session.expire_all()
    assert read.reps == 3 and len(reviews_of(student)) == 2
