"""A day of study in a real headless Chromium on a phone: Back never re-sends a form, undo from the answer box.

Also on a laptop screen: the grade bar never covers the source paragraph, and a linked paragraph of the
article is not hidden under the top bar.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE, new_page, register, screenshot
from tests.browser.test_study_browser import answer_current_card, key, prompt, study_to_the_end

pytestmark = pytest.mark.browser

LAPTOP_SCREEN = {"width": 1366, "height": 768}
SOURCE_LINK = "/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p1"


def new_left(page) -> int:
    return int(page.locator(".left-new").inner_text().split()[0])


def focused_tag(page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.tagName : ''")


def test_a_day_of_study_on_a_phone_with_back_and_undo_from_the_answer_box(browser, live_server):
    page = new_page(browser, live_server, PHONE)
    register(page)
    page.goto("/study?deck=kuwait")
    assert "Embassy of Palestine" in prompt(page) and focused_tag(page) == "INPUT"
    page.keyboard.type("2012")
    key(page, "Enter")
    assert page.url.endswith("/study/answer?deck=kuwait")  # the answer page is a GET (Post/Redirect/Get)
    key(page, "1")
    assert "formal apology" in prompt(page) and new_left(page) == 3

    with page.expect_navigation():
        page.go_back()  # Back after grading: the current card again, nothing re-sent, no "resubmit?"
    assert page.locator("[data-study=question]").count() == 1
    assert "formal apology" in prompt(page) and new_left(page) == 3
    order = page.locator(".choice").all_inner_texts()
    page.reload()
    assert page.locator(".choice").all_inner_texts() == order  # a stable choice order

    key(page, page.locator(".choice", has_text="Mahmoud Abbas").get_attribute("data-key"))
    assert page.locator(".verdict-correct").is_visible()
    key(page, "Enter")  # Good, suggested
    assert "donate" in prompt(page)  # the cloze of the same sentence waits for another day
    key(page, " ")
    assert page.locator(".grade.is-suggested").count() == 0  # self-graded: no grade chosen for the student
    page.keyboard.press("Enter")
    assert page.url.endswith("/study/answer?deck=kuwait")  # Enter saves nothing without a choice
    key(page, "4")

    assert "Embassy of Palestine" in prompt(page) and focused_tag(page) == "INPUT"
    page.keyboard.type("20")
    page.keyboard.press("Escape")  # leave the answer box...
    assert focused_tag(page) != "INPUT"
    key(page, "u")  # ...so U undoes the last answer
    assert "Answer undone" in page.locator(".flashes").inner_text() and "donate" in prompt(page)
    key(page, " ")
    key(page, "3")

    assert "Embassy of Palestine" in prompt(page)
    page.get_by_label("Your answer").fill("2013")
    key(page, "Control+z")  # undo from inside the answer box, as in Anki
    assert "Answer undone" in page.locator(".flashes").inner_text() and "donate" in prompt(page)
    key(page, " ")
    key(page, "3")
    study_to_the_end(page, keyboard=True)
    screenshot(page, "study-day-phone")
    assert page.get_by_role("heading", name="No more cards today").is_visible()
    page.context.close()


def _overlap(first: dict, second: dict) -> bool:
    return not (first["y"] + first["height"] <= second["y"] or second["y"] + second["height"] <= first["y"])


def test_the_grade_bar_never_covers_the_source_on_a_laptop(browser, live_server):
    page = new_page(browser, live_server, LAPTOP_SCREEN)
    register(page)
    page.goto("/study?deck=kuwait")
    checked = 0
    for _ in range(12):
        if page.locator(".study-done").count():
            break
        if page.locator("[data-study=question]").count():
            answer_current_card(page, keyboard=True)
            continue
        bar, source = page.locator(".grade-form"), page.locator(".source-text")
        if source.count():
            for scroll in ("top", "source", "bottom"):
                if scroll == "source":
                    source.scroll_into_view_if_needed()
                elif scroll == "bottom":
                    page.mouse.wheel(0, 5000)
                    page.wait_for_timeout(100)
                assert not _overlap(bar.bounding_box(), source.bounding_box()), (prompt(page), scroll)
            checked += 1
        key(page, "4")
    assert checked >= 3  # the typed, the multiple-choice and the flashcard card (the cloze is a sibling)
    page.context.close()


def test_a_linked_paragraph_and_its_heading_clear_the_top_bar(browser, live_server):
    page = new_page(browser, live_server, LAPTOP_SCREEN)
    register(page)
    page.goto(SOURCE_LINK)
    header = page.locator(".site-header").bounding_box()
    paragraph = page.locator("#apology-and-restoration-of-ties-p1").bounding_box()
    heading = page.locator("#apology-and-restoration-of-ties-heading").bounding_box()
    assert paragraph["y"] >= header["y"] + header["height"]
    assert heading["y"] >= header["y"] + header["height"]
    assert page.locator("details.para-aside").first.get_attribute("open") is None  # folded
    page.context.close()
