"""The class page's figures per student: on the assigned decks only, true retention as /stats counts it, and
the same few queries for 3 students as for 30."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from quizapp.classes.figures import student_figures
from quizapp.db import db
from quizapp.models import CardHold, CardStateKind
from quizapp.stats import study_stats
from tests.classes.conftest import CHOICE, NOW, QATAR, SHORT, answered, student_in
from tests.factories import add_card, make_user, snapshot

DAY = dt.timedelta(days=1)
MATURE = snapshot(CardStateKind.REVIEW, 30, NOW - DAY, stability=30)
YOUNG = snapshot(CardStateKind.REVIEW, 3, NOW - DAY)


def test_each_student_gets_cards_studied_due_now_true_retention_recent_reviews_and_last_active(school):
    amira, bongani = student_in(school, "amira"), student_in(school, "bongani")
    add_card(amira, SHORT, CardStateKind.REVIEW, due=NOW - DAY)  # due now
    add_card(amira, CHOICE, CardStateKind.REVIEW, due=NOW + 3 * DAY)
    add_card(amira, QATAR, CardStateKind.REVIEW, due=NOW - DAY)  # not the class's deck: not counted
    answered(amira, SHORT, 3, NOW - 20 * DAY, before=MATURE)
    answered(amira, SHORT, 1, NOW - 2 * DAY, before=MATURE)
    answered(amira, CHOICE, 3, NOW - 3 * DAY, before=MATURE)
    answered(amira, CHOICE, 4, NOW - DAY, before=YOUNG)  # young: not in true retention
    answered(amira, QATAR, 1, NOW - 1 * DAY, before=MATURE)  # other deck
    rows = {row.username: row for row in student_figures(db.session, school, NOW)}
    assert list(rows) == ["amira", "bongani"]
    row = rows["amira"]
    assert (row.cards_studied, row.due_now) == (2, 1)
    assert (row.true_retention.reviews, row.true_retention.passed) == (3, 2)
    assert round(row.true_retention.percent, 1) == 66.7
    assert row.recent_reviews == 3 and row.last_active == NOW - DAY
    empty = rows["bongani"]
    assert (empty.cards_studied, empty.due_now, empty.recent_reviews, empty.last_active) == (0, 0, 0, None)
    assert empty.true_retention.percent is None
    assert bongani.id == empty.user_id


def test_true_retention_is_the_stats_pages_figure_when_every_review_is_on_the_class_decks(school):
    amira = student_in(school, "amira")
    for n, (rating, before) in enumerate([(3, MATURE), (1, MATURE), (4, MATURE), (2, YOUNG), (1, None)]):
        answered(amira, SHORT if n % 2 else CHOICE, rating, NOW - (n + 1) * DAY, before=before)
    ours = student_figures(db.session, school, NOW)[0].true_retention
    assert ours == study_stats(db.session, amira, NOW).true_retention and ours.reviews == 3


def test_the_figures_take_the_same_number_of_queries_for_3_students_as_for_30(school, app):
    def queries_for(count: int) -> int:
        for n in range(count - len(student_figures(db.session, school, NOW))):
            student = student_in(school, f"s{count}-{n}")
            add_card(student, SHORT, CardStateKind.REVIEW, due=NOW)
            answered(student, SHORT, 3, NOW - DAY, before=MATURE)
        db.session.refresh(school)  # loaded before counting: the page has its class in hand already
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            rows = student_figures(db.session, school, NOW)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        assert len(rows) == count and all(row.cards_studied == 1 for row in rows)
        return len(statements)

    assert queries_for(3) == queries_for(30) <= 4  # which side to read; students, card states, reviews


def test_a_student_of_another_class_is_not_on_this_class_page(school):
    student_in(school, "amira")
    stranger = make_user("chen")
    answered(stranger, SHORT, 3)
    assert [row.username for row in student_figures(db.session, school, NOW)] == ["amira"]


def test_a_suspended_or_buried_card_is_not_due_now(school):
    amira = student_in(school, "amira")
    add_card(amira, SHORT, CardStateKind.REVIEW, due=NOW - DAY)
    add_card(amira, CHOICE, CardStateKind.REVIEW, due=NOW - DAY)
    db.session.add(CardHold(user_id=amira.id, question_id=SHORT, suspended=True, leech=False))
    db.session.flush()
    assert student_figures(db.session, school, NOW)[0].due_now == 1
    db.session.add(CardHold(user_id=amira.id, question_id=CHOICE, suspended=False, leech=False, buried_until=NOW + DAY))
    db.session.flush()
    row = student_figures(db.session, school, NOW)[0]
    assert (row.cards_studied, row.due_now) == (2, 0)  # still studied, neither due
    assert student_figures(db.session, school, NOW + 2 * DAY)[0].due_now == 1  # the burial is over


def test_the_figures_are_the_same_read_student_by_student_as_question_by_question(school):
    from quizapp.classes.analytics import question_figures
    from quizapp.classes.figures import drive_by_students

    amira, _ = student_in(school, "amira"), student_in(school, "bongani")
    add_card(amira, SHORT, CardStateKind.REVIEW, due=NOW - DAY)
    add_card(amira, QATAR, CardStateKind.REVIEW, due=NOW - DAY)  # not the class's deck
    answered(amira, SHORT, 1, NOW - 2 * DAY, before=MATURE, typed="Basra")
    answered(amira, CHOICE, 3, NOW - 3 * DAY, before=MATURE)
    answered(amira, QATAR, 1, NOW - DAY, before=MATURE)
    assert not drive_by_students(db.session, school)  # most of the school's users are in the class
    by_question = (student_figures(db.session, school, NOW), question_figures(db.session, school))
    for n in range(40):  # a school of many other students: the class's own rows are now the smaller side
        make_user(f"other{n}")
    assert drive_by_students(db.session, school)
    by_student = (student_figures(db.session, school, NOW), question_figures(db.session, school))
    assert by_student == by_question and by_student[0][0].cards_studied == 1
    assert [row.question.id for row in by_student[1]] == [SHORT, CHOICE]
