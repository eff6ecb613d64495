"""The class page's figures per student, on the class's assigned decks, in a fixed number of queries.

True retention is the one /stats shows (quizapp.stats): of the reviews of mature cards (a review card whose
interval was 21 days or more when answered), the share graded Hard, Good or Easy. Every figure counts only
the live questions of the decks assigned to the class. However many students, the page costs four queries
(which side to read, students, card states, reviews), each grouped by student: no query per student; they read the class's rows
question by question or student by student, whichever side is smaller (drive_by_students).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from quizapp.classes.assigned import assigned_questions
from quizapp.models import CardHold, CardState, ClassMember, Question, Review, SchoolClass, User
from quizapp.sqltime import unindexed
from quizapp.stats import AGAIN, PassRate

RECENT_DAYS = 7


@dataclass(frozen=True)
class StudentFigures:
    """One student's row on the class page."""

    user_id: int
    username: str
    joined_at: dt.datetime
    cards_studied: int
    due_now: int
    true_retention: PassRate
    recent_reviews: int
    last_active: dt.datetime | None


def student_figures(session: Session, school_class: SchoolClass, now: dt.datetime) -> list[StudentFigures]:
    """Return each student's figures on the class's assigned decks as of `now`, in name order."""
    members = select(ClassMember.user_id).where(ClassMember.class_id == school_class.id)
    questions = assigned_questions(school_class)
    by_student = drive_by_students(session, school_class)
    students = session.execute(
        select(User.id, User.username, ClassMember.joined_at)
        .join(ClassMember, ClassMember.user_id == User.id)
        .where(ClassMember.class_id == school_class.id)
        .order_by(User.username_key)
    ).all()
    # A suspended card, or one buried past now, is not due: the student's queue does not show it (quizapp.holds).
    held = or_(CardHold.suspended.is_(True), CardHold.buried_until > now)
    due_now = case((and_(CardState.due <= now, or_(CardHold.id.is_(None), ~held)), 1), else_=0)
    cards = {
        row[0]: row[1:]
        for row in session.execute(
            select(CardState.user_id, func.count(), func.coalesce(func.sum(due_now), 0))
            .outerjoin(
                CardHold, and_(CardHold.user_id == CardState.user_id, CardHold.question_id == CardState.question_id)
            )
            .where(*_scope(CardState, members, questions, by_student))
            .group_by(CardState.user_id)
        )
    }
    since = now - dt.timedelta(days=RECENT_DAYS)
    reviews = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Review.user_id,
                _count_where(Review.mature.is_(True)),
                _count_where(Review.mature.is_(True) & (Review.rating != AGAIN)),
                _count_where(Review.reviewed_at >= since),
                func.max(Review.reviewed_at),
            )
            .where(*_scope(Review, members, questions, by_student))
            .group_by(Review.user_id)
        )
    }
    rows = []
    for user_id, username, joined_at in students:
        studied, due = cards.get(user_id, (0, 0))
        mature, passed, recent, last = reviews.get(user_id, (0, 0, 0, None))
        rows.append(StudentFigures(user_id, username, joined_at, studied, due, PassRate(mature, passed), recent, last))
    return rows


def drive_by_students(session: Session, school_class: SchoolClass) -> bool:
    """Tell whether the class's rows are cheaper read student by student than question by question.

    Reviews spread over students and questions alike, so reading the students' histories costs the class's
    share of the school's users, and reading the assigned questions' reviews the decks' share of the bank:
    a class with a few decks reads them question by question, one with most of the bank student by student.
    """
    members, users, assigned, bank = session.execute(
        select(
            select(func.count()).where(ClassMember.class_id == school_class.id).scalar_subquery(),
            select(func.count()).select_from(User).scalar_subquery(),
            select(func.count()).select_from(assigned_questions(school_class).subquery()).scalar_subquery(),
            select(func.count()).select_from(Question).scalar_subquery(),
        )
    ).one()
    return members * (bank or 1) < assigned * (users or 1)  # members / users < assigned / bank


def class_scope(
    model: type[Review] | type[CardState], school_class: SchoolClass, by_student: bool
) -> list[ColumnElement[bool]]:
    """Conditions on a per-user table (Review, CardState): the class's students, on its assigned questions."""
    members = select(ClassMember.user_id).where(ClassMember.class_id == school_class.id)
    return _scope(model, members, assigned_questions(school_class), by_student)


def _scope(
    model: type[Review] | type[CardState], members: Select[int], questions: Select[str], by_student: bool
) -> list[ColumnElement[bool]]:
    # unindexed() keeps SQLite off the side not chosen (see quizapp.sqltime): either read the assigned
    # questions' rows and keep the class's, or each student's rows and keep the assigned questions'.
    if by_student:
        return [model.user_id.in_(members), unindexed(model.question_id).in_(questions)]
    return [unindexed(model.user_id).in_(members), model.question_id.in_(questions)]


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)
