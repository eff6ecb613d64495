"""Question analytics: attempts, right on first try, wrong answers grouped as the checker folds them, median
time, the hardest first, and the "possibly ambiguous" rule (>= 3 students and >= 30 % of the wrong answers)."""

from __future__ import annotations

import datetime as dt

from quizapp.answers import normalise
from quizapp.classes.analytics import AMBIGUOUS_SHARE, AMBIGUOUS_STUDENTS, question_figures
from quizapp.db import db
from quizapp.models import Question
from tests.classes.conftest import CHOICE, NOW, QATAR, SHORT, answered, student_in
from tests.factories import make_user

LATER = NOW + dt.timedelta(minutes=10)


def test_attempts_first_tries_wrong_answers_and_median_time_of_each_question(school):
    amira, bongani, chen = (student_in(school, name) for name in ("amira", "bongani", "chen"))
    answered(amira, SHORT, 1, typed="2012", duration_ms=4000)
    answered(amira, SHORT, 3, LATER, typed="2013", duration_ms=2000)  # right on the second try
    answered(bongani, SHORT, 1, typed=" 2012. ", duration_ms=9000)  # the same wrong answer, once folded
    answered(chen, SHORT, 3, typed="2013", duration_ms=3000)
    answered(amira, CHOICE, 3, duration_ms=1000)
    answered(bongani, QATAR, 1, typed="Doha")  # a deck the class is not assigned
    answered(make_user("dana"), SHORT, 1, typed="1999")  # not in the class
    rows = {row.question.id: row for row in question_figures(db.session, school)}
    assert set(rows) == {SHORT, CHOICE}
    short = rows[SHORT]
    assert (short.attempts, short.students, short.wrong_reviews) == (4, 3, 2)
    assert (short.first_tries, short.first_right) == (3, 1)  # amira and bongani wrong first, chen right
    assert [(a.text, a.times, a.students) for a in short.wrong_answers] == [("2012", 2, 2)]
    assert normalise(" 2012. ") == normalise("2012")  # why they are one group
    assert short.median_ms == 3500  # of 2000, 3000, 4000, 9000
    assert short.ambiguous_answer is None  # two students only
    assert (rows[CHOICE].first_right, rows[CHOICE].median_ms) == (1, 1000)


def test_the_most_troublesome_questions_come_first(school):
    students = [student_in(school, f"s{n}") for n in range(4)]
    for n, student in enumerate(students):
        answered(student, CHOICE, 3)
        answered(student, SHORT, 1 if n < 3 else 3, typed="2012" if n < 3 else None)
    answered(students[0], "sample-kuwait-donation", 1)
    order = [row.question.id for row in question_figures(db.session, school)]
    assert order == ["sample-kuwait-donation", SHORT, CHOICE]  # 0 %, 25 %, then 100 % right first time
    top = question_figures(db.session, school, limit=2)
    assert [row.question.id for row in top] == order[:2]
    assert [(a.text, a.students) for a in top[1].wrong_answers] == [("2012", 3)]  # the shown ones complete


def test_one_wrong_answer_of_three_students_and_30_percent_of_the_wrong_ones_flags_the_question(school):
    assert (AMBIGUOUS_STUDENTS, AMBIGUOUS_SHARE) == (3, 0.30)
    students = [student_in(school, f"s{n}") for n in range(10)]
    for student in students[:3]:
        answered(student, SHORT, 1, typed="Kuwait City")
    for n, student in enumerate(students[3:10]):  # 7 other wrong answers, each different
        answered(student, SHORT, 1, typed=f"{1990 + n}")
    row = question_figures(db.session, school)[0]
    assert row.typed_wrong == 10 and row.ambiguous_answer.text == "Kuwait City"  # 3 of 10: 30 %
    answered(students[0], SHORT, 1, LATER, typed="1980")  # an 11th wrong answer: 3 of 11 is under 30 %
    assert question_figures(db.session, school)[0].ambiguous_answer is None


def test_the_same_wrong_answer_from_one_student_many_times_is_not_ambiguity(school):
    amira = student_in(school, "amira")
    for n in range(5):
        answered(amira, SHORT, 1, NOW + dt.timedelta(minutes=n), typed="kuwait city")
    row = question_figures(db.session, school)[0]
    assert [(a.times, a.students) for a in row.wrong_answers] == [(5, 1)] and row.ambiguous_answer is None


def test_a_class_without_answers_has_no_rows_and_retired_questions_drop_out(school):
    assert question_figures(db.session, school) == []
    answered(student_in(school, "amira"), SHORT, 1, typed="2012")
    db.session.get(Question, SHORT).retired = True
    db.session.commit()
    assert question_figures(db.session, school) == []


def test_the_analytics_take_the_same_number_of_queries_for_one_deck_as_for_two(school):
    from sqlalchemy import event

    from quizapp.classes.assigned import assign_deck

    def statements() -> tuple[int, int]:
        db.session.expire_all()
        db.session.refresh(school)
        found = []
        listener = lambda *args: found.append(args[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            rows = question_figures(db.session, school)
            files = {row.question.deck.file for row in rows}  # what the page and the CSV show of each row
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(found), len(files)

    amira = student_in(school, "amira")
    answered(amira, SHORT, 1, typed="2012", duration_ms=1000)
    answered(amira, QATAR, 1, typed="Doha", duration_ms=1000)
    one_deck = statements()
    assign_deck(db.session, school, "qatar")
    db.session.commit()
    two_decks = statements()
    assert one_deck[1] == 1 and two_decks[1] == 2 and one_deck[0] == two_decks[0]
