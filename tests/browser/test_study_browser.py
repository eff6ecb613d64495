"""Studying in a real headless Chromium: by keyboard on a laptop and a phone, and by clicks with JavaScript off."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import LAPTOP, PHONE, new_page, register, screenshot

pytestmark = pytest.mark.browser

TYPED_ANSWERS = {"Embassy of Palestine": "2013", "tons of aid": "34"}
CHOICE_ANSWER = "Mahmoud Abbas"
SOURCE_LINK = "/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p2"


def key(page, name: str) -> None:
    """Press a key that submits a form, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(name)


def click(page, locator) -> None:
    """Click a control that submits a form, and wait for the next page."""
    with page.expect_navigation():
        locator.click()


def prompt(page) -> str:
    return page.locator(".card-prompt, .card-cloze").first.inner_text()


def answer_current_card(page, keyboard: bool) -> None:
    """Answer the card on screen correctly: type it, pick it, or reveal it."""
    kind = page.locator("[data-study=question]").get_attribute("data-type")
    if kind == "short":
        typed = next(a for words, a in TYPED_ANSWERS.items() if words in prompt(page))
        if keyboard:
            page.keyboard.type(typed)
            key(page, "Enter")
        else:
            page.get_by_label("Your answer").fill(typed)
            click(page, page.get_by_role("button", name="Check"))
    elif kind == "choice":
        choice = page.locator(".choice", has_text=CHOICE_ANSWER)
        key(page, choice.get_attribute("data-key")) if keyboard else click(page, choice)
    else:
        key(page, " ") if keyboard else click(page, page.get_by_role("button", name="Show answer"))


def study_to_the_end(page, keyboard: bool) -> None:
    """Answer every card and grade it Easy until the "no more cards today" page."""
    for _ in range(20):
        if page.locator(".study-done").count():
            return
        if page.locator("[data-study=question]").count():
            answer_current_card(page, keyboard)
        else:
            key(page, "4") if keyboard else click(page, page.get_by_role("button", name=re.compile("^Easy")))
    raise AssertionError("the study session never ended")


def check_wrong_answer_page(page) -> None:
    """The answer page of a wrong typed answer: the verdict, both answers, the highlighted source."""
    assert page.locator(".verdict-wrong").is_visible()
    assert page.locator(".answer-given dd").inner_text() == "2012"
    highlighted = page.locator("mark.source-quote strong.source-answer")
    assert highlighted.inner_text() == "2013" and highlighted.is_visible()
    assert page.locator("mark.source-quote").inner_text() == "In 2013, the Embassy of Palestine in Kuwait was reopened."
    assert page.get_by_role("link", name="Read it in the article").get_attribute("href") == SOURCE_LINK
    intervals = page.locator(".grade-interval").all_inner_texts()
    assert intervals[:3] == ["1m", "6m", "10m"]


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_study_a_deck_with_the_keyboard(browser, live_server, viewport):
    page = new_page(browser, live_server, viewport)
    suffix = "" if viewport is LAPTOP else "-phone"
    register(page)
    page.goto("/study?deck=kuwait")
    assert "Embassy of Palestine" in prompt(page)
    screenshot(page, f"study{suffix}")

    page.keyboard.type("2012")
    key(page, "Enter")
    check_wrong_answer_page(page)
    assert page.locator(".grade.is-suggested .grade-name").inner_text() == "Again"
    screenshot(page, f"answer{suffix}")

    key(page, "1")
    assert "formal apology" in prompt(page)
    key(page, "u")
    assert "Answer undone" in page.locator(".flashes").inner_text()
    assert "Embassy of Palestine" in prompt(page)
    assert page.locator(".left-new").inner_text().startswith("4")

    page.keyboard.type("2013")
    key(page, "Enter")
    assert page.locator(".verdict-correct").is_visible()
    key(page, "Enter")  # the suggested grade, Good, has the focus
    study_to_the_end(page, keyboard=True)
    assert page.get_by_role("heading", name="No more cards today").is_visible()

    click(page, page.get_by_role("link", name="See your progress"))
    assert page.url.endswith("/stats")
    assert page.locator("h1").first.is_visible()
    page.context.close()


def test_study_with_javascript_off(browser, live_server):
    page = new_page(browser, live_server, LAPTOP, javascript=False)
    register(page)
    page.goto("/study?deck=kuwait")
    page.get_by_label("Your answer").fill("2012")
    click(page, page.get_by_role("button", name="Check"))
    check_wrong_answer_page(page)

    click(page, page.get_by_role("button", name=re.compile("^Again")))
    assert "formal apology" in prompt(page)
    click(page, page.get_by_role("button", name=re.compile("Undo last answer")))
    assert "Embassy of Palestine" in prompt(page)

    study_to_the_end(page, keyboard=False)
    assert page.get_by_role("heading", name="No more cards today").is_visible()
    click(page, page.get_by_role("link", name="See your progress"))
    assert page.url.endswith("/stats")
    page.context.close()
