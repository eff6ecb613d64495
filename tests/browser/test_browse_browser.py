"""The card browser and custom study in a real Chromium: browse → suspend a card → study a tag ahead of time;
the suspended card never appears and the other card's schedule is unchanged.

Written as steps (study, browse and suspend, custom study) so that the optimiser's step can go in front.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import LAPTOP, new_page, register, screenshot

pytestmark = pytest.mark.browser

EMBASSY, CLOZE = "sample-kuwait-embassy-reopened", "sample-kuwait-apology-cloze"


def submit(page, locator) -> None:
    """Click a control that submits a form, and wait for the next page."""
    with page.expect_navigation():
        locator.click()


def study_for_real(page) -> None:
    """Give both date-tagged cards a real schedule: answer the embassy card and reveal the cloze, both Good."""
    page.goto("/study?deck=kuwait")
    for _ in range(6):
        if page.locator(".study-done").count():
            break
        if page.locator("[data-study=question]").count():
            if page.get_by_label("Your answer").count():
                page.get_by_label("Your answer").fill("2013")
            submit(page, page.locator("#answer-form [type=submit]").first)
        else:
            submit(page, page.get_by_role("button", name=re.compile("^Good")))


def schedule_of(page, question_id: str) -> dict[str, str]:
    """Read a card's state, due date, stability and review count from its page in the browser."""
    page.goto(f"/browse/card/{question_id}")
    facts = {
        page.locator(".card-facts dt").nth(i).inner_text(): page.locator(".card-facts dd").nth(i).inner_text()
        for i in range(page.locator(".card-facts dt").count())
    }
    facts["history rows"] = str(page.locator("table tbody tr").count())
    return facts


def browse_and_suspend(page, question_id: str, shot: bool = True) -> None:
    """Filter the browser to the tag "date", tick one card and suspend it (and take the browser's picture)."""
    page.goto("/browse")
    page.get_by_label("Tag", exact=True).select_option("date")
    submit(page, page.get_by_role("button", name="Filter"))
    assert page.locator("input[name=question_ids]").count() == 2
    page.locator(f"input[name=question_ids][value='{question_id}']").check()
    submit(page, page.get_by_role("button", name="Suspend ticked", exact=True))
    assert "1 card suspended." in page.locator(".flashes").inner_text()
    row = page.locator("tr", has=page.locator(f"input[value='{question_id}']"))
    assert row.locator("td").nth(5).inner_text() == "suspended"
    if shot:
        screenshot(page, "card-browser")


def custom_study_tag(page, tag: str) -> list[str]:
    """Study a tag ahead of time from the custom study page, grading Again; return the cards shown."""
    page.goto("/study/custom")
    page.get_by_label("A tag", exact=True).check()
    page.get_by_label("Tag", exact=True).select_option(tag)
    submit(page, page.get_by_role("button", name="Start custom study"))
    shown: list[str] = []
    for _ in range(10):
        if page.get_by_role("heading", name="Custom study finished").count():
            return shown
        assert "Custom study, ahead of time" in page.locator("#ahead-note").inner_text()
        shown.append(page.locator("#answer-form input[name=question_id]").get_attribute("value"))
        if page.get_by_label("Your answer").count():
            page.get_by_label("Your answer").fill("1999")
        submit(page, page.locator("#answer-form [type=submit]").first)
        assert page.locator(".grade-interval").first.inner_text() == "no change"
        submit(page, page.get_by_role("button", name=re.compile("^Again")))
    raise AssertionError("custom study never finished")


def test_browse_suspend_then_custom_study_a_tag_ahead_of_time(browser, live_server):
    page = new_page(browser, live_server, LAPTOP)
    register(page, "browse")
    study_for_real(page)
    before = schedule_of(page, EMBASSY)
    assert before["State"] in ("learning", "review") and before["history rows"] == "1"
    browse_and_suspend(page, CLOZE)
    assert custom_study_tag(page, "date") == [EMBASSY]  # the suspended cloze never appears
    assert schedule_of(page, EMBASSY) == before  # studied ahead, graded Again: nothing changed, nothing logged
    assert schedule_of(page, CLOZE)["State"] == "suspended"
    page.context.close()
