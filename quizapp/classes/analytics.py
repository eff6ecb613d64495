"""Question analytics across a class: which questions of its assigned decks trouble its students, and how.

For each question answered by the class: attempts (reviews), students, correct on first try (a student's
first review of it graded Hard, Good or Easy), the most common wrong answers (typed answers of reviews
graded Again, grouped after `quizapp.answers.normalise`, the answer checker's folding), and the median time
from the card shown to the grade (Review.duration_ms). The most troublesome come first: the lowest share
right on first try, then the highest share of wrong reviews, then the most attempts.

A question is flagged possibly ambiguous when one wrong answer was given by at least AMBIGUOUS_STUDENTS
students and makes up at least AMBIGUOUS_SHARE of the question's typed wrong answers: many students reading
it the same wrong way suggests the question (or its answer) allows that reading.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, joinedload

from quizapp.answers import normalise
from quizapp.classes.assigned import assigned_questions
from quizapp.classes.figures import class_scope, drive_by_students
from quizapp.models import Question, Review, SchoolClass
from quizapp.stats import AGAIN

AMBIGUOUS_STUDENTS = 3
AMBIGUOUS_SHARE = 0.30
WRONG_ANSWERS_SHOWN = 3


@dataclass(frozen=True)
class WrongAnswer:
    """A wrong answer as students typed it (its most common spelling), with how often and by how many."""

    text: str
    times: int
    students: int


@dataclass
class QuestionFigures:
    """One question's row of the analytics."""

    question: Question
    attempts: int
    students: int
    first_tries: int
    first_right: int
    wrong_reviews: int
    wrong_answers: list[WrongAnswer] = field(default_factory=list)
    typed_wrong: int = 0
    median_ms: float | None = None

    @property
    def first_right_share(self) -> float:
        """Return the share of students right on their first try, 0-1."""
        return self.first_right / self.first_tries if self.first_tries else 1.0

    @property
    def ambiguous_answer(self) -> WrongAnswer | None:
        """Return the wrong answer that makes the question look ambiguous, or None (see the module's rule)."""
        top = self.wrong_answers[0] if self.wrong_answers else None
        if top and top.students >= AMBIGUOUS_STUDENTS and top.times >= AMBIGUOUS_SHARE * self.typed_wrong:
            return top
        return None


def question_figures(session: Session, school_class: SchoolClass, limit: int | None = None) -> list[QuestionFigures]:
    """Return the figures of the questions of the class's assigned decks its students answered, worst first.

    With a limit, only the `limit` most troublesome: their wrong answers and times are all that is read then.
    """
    # Question by question through ix_review_question_figures, or student by student when that side is smaller.
    scope = class_scope(Review, school_class, drive_by_students(session, school_class))
    totals = session.execute(
        select(
            Review.question_id,
            func.count(),
            func.count(func.distinct(Review.user_id)),
            func.coalesce(func.sum(case((Review.rating == AGAIN, 1), else_=0)), 0),
        )
        .where(*scope)
        .group_by(Review.question_id)
    ).all()
    if not totals:
        return []
    firsts = select(func.min(Review.id)).where(*scope).group_by(Review.user_id, Review.question_id)
    first_tries = {
        qid: (tries, right)
        for qid, tries, right in session.execute(
            select(
                Review.question_id, func.count(), func.coalesce(func.sum(case((Review.rating != AGAIN, 1), else_=0)), 0)
            )
            .where(Review.id.in_(firsts))
            .group_by(Review.question_id)
        )
    }
    places = {
        qid: (deck, position)
        for qid, deck, position in session.execute(
            select(Question.id, Question.deck_key, Question.position).where(
                Question.id.in_(assigned_questions(school_class))
            )
        )
    }

    def trouble(total: tuple) -> tuple:
        qid, attempts, _, wrong = total
        tries, right = first_tries.get(qid, (0, 0))
        return (right / tries if tries else 1.0, -wrong / attempts, -attempts, *places[qid])

    ranked = sorted(totals, key=trouble)[:limit]
    ids = [total[0] for total in ranked]
    # With their decks: each row names its deck's file, and a lazy load per deck would be a query per deck.
    questions = {
        q.id: q
        for q in session.scalars(select(Question).options(joinedload(Question.deck)).where(Question.id.in_(ids)))
    }
    rows = {
        qid: QuestionFigures(questions[qid], attempts, students, *first_tries.get(qid, (0, 0)), wrong)
        for qid, attempts, students, wrong in ranked
    }
    shown = scope if limit is None else [*scope, Review.question_id.in_(ids)]
    _add_wrong_answers(session, shown, rows)
    _add_medians(session, shown, rows)
    return list(rows.values())


def _add_wrong_answers(session: Session, scope: list, rows: dict[str, QuestionFigures]) -> None:
    """Group each question's typed wrong answers by their normalised form; keep the commonest."""
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    # The wrong reviews found on the covering index first, then only their rows read for the typed answer.
    wrong = select(Review.id).where(*scope, Review.rating == AGAIN)
    folded: dict[str, str] = {}  # students type the same few wrong answers: fold each spelling once
    for qid, user_id, typed in session.execute(
        select(Review.question_id, Review.user_id, Review.typed_answer).where(
            Review.id.in_(wrong), Review.typed_answer.is_not(None), Review.typed_answer != ""
        )
    ):
        assert typed is not None  # the query keeps typed answers only
        key = folded.get(typed)
        if key is None:
            key = folded[typed] = normalise(typed)
        if key:
            groups[qid][key].append((user_id, typed.strip()))
    for qid, answers in groups.items():
        row = rows[qid]
        row.typed_wrong = sum(len(given) for given in answers.values())
        found = [
            WrongAnswer(
                Counter(text for _, text in given).most_common(1)[0][0], len(given), len({user for user, _ in given})
            )
            for given in answers.values()
        ]
        found.sort(key=lambda answer: (-answer.students, -answer.times, answer.text))
        row.wrong_answers = found[:WRONG_ANSWERS_SHOWN]


def _add_medians(session: Session, scope: list, rows: dict[str, QuestionFigures]) -> None:
    """Set each question's median answer time from its reviews' durations (unknown ones left out)."""
    durations: dict[str, list[int]] = defaultdict(list)
    for qid, duration in session.execute(
        select(Review.question_id, Review.duration_ms).where(*scope, Review.duration_ms.is_not(None))
    ):
        durations[qid].append(duration or 0)  # never None: the query keeps known durations
    for qid, values in durations.items():
        rows[qid].median_ms = statistics.median(values)
