"""A teacher's whole path in real Chromium, in the browser alone: create a class, write a deck of the four
question types with a mistake, see the message at its line, fix it, preview, publish, assign it; a student of
the class studies it and answers one question wrong; the question analytics show that answer first.

The pictures it takes (teacher-*.png) are the walk-through of issue 11; `make screenshots` keeps them.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from quizapp.accounts import promote
from quizapp.db import db
from tests.browser.conftest import LAPTOP, new_page, register, serve_app
from tests.browser.test_authoring_browser import press, replace_text, still_screenshot
from tests.conftest import bank_copy, make_app

pytestmark = pytest.mark.browser

SOURCE = """    source:
      article: seeds/000_239a2713105e4f37.txt
      quote: "In 2013, the Embassy of Palestine in Kuwait was reopened."
"""
DECK = f"""deck: The embassy in Kuwait
questions:
  - id: journey-short
    type: short
    prompt: In what year did the Palestinian embassy in Kuwait reopen?
    answer: "2013"
{SOURCE}  - id: journey-choice
    type: choice
    prompt: Which country's embassy reopened in Kuwait in 2013?
    answer: Palestine
    choices: [Palestine, Iraq, Jordan, Egypt]
{SOURCE}  - id: journey-cloze
    type: cloze
    text: "In 2013, the Embassy of {{{{Palestine in Kuwait was reopened."
{SOURCE}  - id: journey-flashcard
    type: flashcard
    prompt: What happened to the Palestinian embassy in Kuwait in 2013?
    answer: It reopened.
{SOURCE}"""
# The cloze text, whose gap is never closed.
BROKEN_LINE = next(n for n, line in enumerate(DECK.splitlines(), 1) if "{{Palestine in" in line)
FIXED = DECK.replace("{{Palestine in", "{{Palestine}} in")
WRONG = "2012"


@pytest.fixture
def journey(tmp_path):
    """An app of its own on a copy of the sample bank (publishing writes to it), CSRF on, as served."""
    app = make_app(tmp_path, bank_copy(tmp_path), WTF_CSRF_ENABLED=True)
    server = serve_app(app)
    yield app, next(server)
    next(server, None)


def submit(page, locator) -> None:
    """Click a control that submits a form, and wait for the next page."""
    with page.expect_navigation():
        locator.click()


def test_a_teacher_creates_a_class_writes_a_deck_and_finds_the_question_their_class_finds_hardest(browser, journey):
    app, base = journey
    teacher = new_page(browser, base, LAPTOP)
    name = register(teacher, "teacher")
    with app.app_context():  # what `quizapp promote` does for the school's administrator
        promote(db.session, name)
        db.session.commit()

    teacher.goto("/")
    submit(teacher, teacher.get_by_role("link", name="Classes"))
    teacher.get_by_label("Class name").fill("7B history")
    submit(teacher, teacher.get_by_role("button", name="Create class"))
    code = teacher.locator(".join-code").inner_text()
    class_page = teacher.url
    still_screenshot(teacher, "teacher-1-class")

    submit(teacher, teacher.get_by_role("link", name="Questions", exact=True))
    submit(teacher, teacher.get_by_role("link", name="New question file"))
    teacher.get_by_label("File name").fill("embassy.yaml")
    replace_text(teacher, DECK, javascript=True)
    press(teacher, "Check")
    problem = teacher.locator(f".cm-problem[data-line='{BROKEN_LINE}']")
    expect(problem).to_contain_text("is not closed")
    still_screenshot(teacher, "teacher-2-check")
    replace_text(teacher, FIXED, javascript=True)
    press(teacher, "Preview")
    assert teacher.locator(".preview-card").count() == 4  # short, choice, cloze, flashcard
    still_screenshot(teacher, "teacher-3-preview")
    press(teacher, "Publish")
    assert "Published embassy.yaml: 4 added" in teacher.locator(".flashes").inner_text()

    teacher.goto(class_page)
    teacher.get_by_label("Deck to assign").select_option(label="The embassy in Kuwait")
    submit(teacher, teacher.get_by_role("button", name="Assign deck"))

    student = new_page(browser, base, LAPTOP)
    register(student)
    student.get_by_label("Class code").fill(code)
    submit(student, student.get_by_role("button", name="Join class"))
    first = student.locator(".deck-card").first
    assert "The embassy in Kuwait" in first.locator(".deck-title").inner_text()
    submit(student, first.get_by_role("link", name=re.compile("^Study")))
    assert student.locator("[data-study=question]").get_attribute("data-type") == "short"  # the deck's first
    student.get_by_label("Your answer").fill(WRONG)
    submit(student, student.get_by_role("button", name="Check"))
    submit(student, student.get_by_role("button", name=re.compile("^Again")))
    student.context.close()

    teacher.goto(class_page + "/questions")
    hardest = teacher.locator("#questions-table tbody tr").first
    assert "Palestinian embassy in Kuwait reopen" in hardest.inner_text()
    assert f"“{WRONG}”" in hardest.locator(".wrong-answers").inner_text()
    assert "embassy.yaml:" in hardest.locator(".yaml-line").inner_text()
    still_screenshot(teacher, "teacher-4-analytics")
    teacher.context.close()
