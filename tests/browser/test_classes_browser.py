"""A class in a real headless Chromium: a teacher creates it and assigns a deck, a student joins by code and
studies two cards (one wrong, typed), and the teacher finds the student and the wrong answer on the class pages."""

from __future__ import annotations

import re

import pytest

from quizapp.accounts import promote
from quizapp.db import db
from tests.browser.conftest import LAPTOP, new_page, register, serve_app
from tests.conftest import make_app

pytestmark = pytest.mark.browser

WRONG = "2012"  # the embassy reopened in 2013
RIGHT = {"Embassy of Palestine": "2013", "tons of aid": "34"}


@pytest.fixture(scope="module")
def class_app(tmp_path_factory):
    return make_app(tmp_path_factory.mktemp("classes"), WTF_CSRF_ENABLED=True)


@pytest.fixture(scope="module")
def class_server(class_app):
    yield from serve_app(class_app)


def submit(page, locator) -> None:
    """Click a button that submits a form, and wait for the next page."""
    with page.expect_navigation():
        locator.click()


def study_card(page, typed_wrong: bool) -> str:
    """Answer the card on screen (a typed wrong answer if asked, else the right one) and grade it; return its type."""
    kind = page.locator("[data-study=question]").get_attribute("data-type")
    if kind == "short":
        prompt = page.locator(".card-prompt").inner_text()
        page.get_by_label("Your answer").fill(
            WRONG if typed_wrong else next(answer for words, answer in RIGHT.items() if words in prompt)
        )
        submit(page, page.get_by_role("button", name="Check"))
    elif kind == "choice":
        submit(page, page.locator(".choice", has_text="Mahmoud Abbas"))
    else:
        submit(page, page.get_by_role("button", name="Show answer"))
    grade = "^Again" if typed_wrong and kind == "short" else "^Good"
    submit(page, page.get_by_role("button", name=re.compile(grade)))
    return kind


def test_a_teacher_sees_a_students_wrong_answer_after_they_join_and_study(browser, class_app, class_server):
    teacher = new_page(browser, class_server, LAPTOP)
    teacher_name = register(teacher, "teacher")
    with class_app.app_context():
        promote(db.session, teacher_name)
        db.session.commit()
    teacher.goto("/")
    teacher.get_by_role("link", name="Classes").click()
    teacher.get_by_label("Class name").fill("7B history")
    submit(teacher, teacher.get_by_role("button", name="Create class"))
    code = teacher.locator(".join-code").inner_text()
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}", code)
    teacher.get_by_label("Deck to assign").select_option(label="Kuwait–Palestine relations (sample)")
    submit(teacher, teacher.get_by_role("button", name="Assign deck"))
    assert "Kuwait–Palestine relations (sample)" in teacher.locator("#decks-heading + *").inner_text()

    student = new_page(browser, class_server, LAPTOP)
    student_name = register(student)
    student.get_by_label("Class code").fill(code.lower())
    submit(student, student.get_by_role("button", name="Join class"))
    first = student.locator(".deck-card").first
    assert "Assigned by 7B history" in first.inner_text() and "Kuwait" in first.locator(".deck-title").inner_text()
    submit(student, first.get_by_role("link", name=re.compile("^Study")))
    kinds = [study_card(student, typed_wrong=True), study_card(student, typed_wrong=False)]
    assert kinds[0] == "short"  # the deck's first card: the one answered wrong, by typing

    teacher.reload()
    row = teacher.locator("#students-table tbody tr", has_text=student_name)
    cells = row.locator("td").all_inner_texts()
    assert cells[0] == "2" and cells[3] == "2"  # cards studied; reviews in the last 7 days
    teacher.get_by_role("link", name="Question analytics").click()
    hardest = teacher.locator("#questions-table tbody tr").first
    assert "Embassy of Palestine" in hardest.inner_text()
    assert f"“{WRONG}”" in hardest.locator(".wrong-answers").inner_text()
    assert "kuwait.yaml:" in hardest.locator(".yaml-line").inner_text()
    hardest.get_by_role("link", name=re.compile("^source paragraph")).click()
    assert teacher.url.endswith("#apology-and-restoration-of-ties-p2")
    teacher.context.close()
    student.context.close()
