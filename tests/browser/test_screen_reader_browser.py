"""A keyboard-only study session as a screen reader meets it: at each step the title, the focused element's
accessible name and description, the headings and the Tab order, all read from Chromium's accessibility tree."""

from __future__ import annotations

import re

import pytest

from tests.browser.a11y import accessible_names, arrive, focused, headings, tab_stops
from tests.browser.conftest import LAPTOP, new_page, register
from tests.browser.test_study_browser import key as press_and_wait

pytestmark = pytest.mark.browser

DECK = "Kuwait–Palestine relations (sample)"
EMBASSY = "In what year was the Embassy of Palestine in Kuwait reopened?"
APOLOGY = "Who made a formal apology to Kuwait in 2004 for siding with Iraq in the Gulf War?"
DONATION = "How much did Kuwait donate to UNRWA during the Gaza war?"
CLOZE = "Mahmoud Abbas made formal apology to Kuwait for siding with Iraq in the Gulf War."
GRADE_NAME = re.compile(r"^(Again|Hard|Good|Easy), next review in \d+(m|h|d|mo|y)$")


def key(page, name: str) -> None:
    """Press a key that submits a form; wait for the next page and for its autofocus to land."""
    press_and_wait(page, name)
    arrive(page)


def goto(page, url: str) -> None:
    """Open a page and wait for its autofocus to land."""
    page.goto(url)
    arrive(page)


def grade_names(stops: list[dict]) -> list[str]:
    return [stop["name"].split(",")[0] for stop in stops if stop["role"] == "button" and GRADE_NAME.match(stop["name"])]


# The words a sighted student reads on a button: its text less what is hidden from sight, and less the key
# badge (a hint to the shortcut, which aria-keyshortcuts gives), in the order they are drawn.
VISIBLE_WORDS = """b => [...b.children].filter(c => !c.matches('.visually-hidden, kbd'))
    .sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top)
    .map(c => [...c.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(''))"""


def check_grade_buttons_say_what_they_show(page) -> None:
    """Each grade button's accessible name holds every word it shows (WCAG 2.5.3), the grade first."""
    for button in page.locator("#grade-form .grade").all():
        shown = button.evaluate(VISIBLE_WORDS)
        button.focus()
        name = focused(page)["name"]
        assert len(shown) == 2 and all(word in name for word in shown) and name.startswith(shown[1]), (shown, name)


def test_a_keyboard_only_session_of_every_card_type_reads_the_question_and_the_verdict(browser, a11y_server):
    page = new_page(browser, a11y_server, LAPTOP)
    register(page, "reader")
    goto(page, "/study?deck=kuwait")

    # A typed card: the answer box has the focus, and the question is its description.
    assert page.title().startswith(f"Study: {DECK}")
    assert focused(page) == {
        "role": "textbox",
        "name": "Your answer",
        "description": f"{EMBASSY} Don’t know? Leave it empty and press Check.",
    }
    assert (1, EMBASSY) in headings(page)
    assert [stop["name"] for stop in tab_stops(page)][:1] == ["Check"]
    page.get_by_label("Your answer").focus()
    page.keyboard.type("2012")
    key(page, "Enter")

    # Its answer page: the title and the focused, suggested grade both say the verdict and the right answer.
    assert page.title().startswith(f"Not quite. Answer: 2013 · {DECK}")
    grade = focused(page)
    assert grade["role"] == "button" and GRADE_NAME.match(grade["name"]) and grade["name"].startswith("Again")
    assert grade["description"] == (
        "Not quite. Answer: 2013. Your answer: 2012. Suggested: Again — change it if you disagree."
    )
    stops = tab_stops(page)
    assert grade_names(stops) == ["Hard", "Good", "Easy"]  # on from the focused Again, in reading order
    assert stops[3] == {"role": "link", "name": "Read it in the article", "description": ""}
    check_grade_buttons_say_what_they_show(page)
    key(page, "1")

    # A multiple-choice card: the card itself takes the focus, named by its question.
    assert focused(page) == {"role": "region", "name": APOLOGY, "description": "PICK ONE"}
    choices = tab_stops(page)[:4]
    assert [stop["role"] for stop in choices] == ["button"] * 4
    assert {stop["name"] for stop in choices} == {
        "Yasser Arafat",
        "Mahmoud Abbas",
        "Al Tayeb Abdul Rahim",
        "Saddam Hussein",
    }
    key(page, page.locator(".choice", has_text="Mahmoud Abbas").get_attribute("data-key"))
    assert page.title().startswith(f"Correct. Answer: Mahmoud Abbas · {DECK}")
    grade = focused(page)
    assert grade["name"].startswith("Good, next review in")
    assert grade["description"].startswith("Correct. Answer: Mahmoud Abbas. Your pick: Mahmoud Abbas.")
    key(page, "Enter")

    # A flashcard: Show answer has the focus and reads the question; its answer page focuses the answer.
    assert focused(page) == {"role": "button", "name": "Show answer", "description": f"RECALL THE ANSWER {DONATION}"}
    key(page, " ")
    assert page.title().startswith(f"Answer: US$2 million · {DECK}")
    assert focused(page) == {"role": "region", "name": DONATION, "description": "Answer: US$2 million."}
    assert grade_names(tab_stops(page)) == ["Again", "Hard", "Good", "Easy"]  # no grade chosen for the student
    key(page, "3")

    # A cloze card: the gap is read "blank", the sentence is the page's heading, before and after.
    goto(page, "/study?deck=kuwait&card=sample-kuwait-apology-cloze")
    assert (1, f"In blank, {CLOZE}") in headings(page)
    assert focused(page) == {"role": "button", "name": "Show answer", "description": f"FILL THE GAP In blank, {CLOZE}"}
    key(page, " ")
    assert page.title().startswith(f"Answer: 2004 · {DECK}")
    assert (1, f"In 2004, {CLOZE}") in headings(page)
    assert focused(page) == {"role": "region", "name": f"In 2004, {CLOZE}", "description": "Answer: 2004."}
    key(page, "3")
    page.context.close()


def test_a_refused_form_focuses_a_summary_of_its_errors_tied_to_the_fields(browser, a11y_server):
    page = new_page(browser, a11y_server, LAPTOP)
    page.goto("/login")
    page.get_by_label("Username").fill("nobody-here")
    page.get_by_label("Password").fill("not the password")
    key(page, "Enter")
    assert focused(page) == {
        "role": "region",
        "name": "There is a problem",
        "description": "Incorrect username or password.",
    }
    for field in ("Username", "Password"):
        box = page.get_by_label(field, exact=True)
        assert box.get_attribute("aria-invalid") == "true"
        box.focus()
        assert focused(page)["description"] == "Incorrect username or password."

    page.goto("/register")
    page.get_by_label("Username").fill("ab")
    key(page, "Enter")
    summary = focused(page)
    assert summary["name"] == "There is a problem" and "Username: Use 3 to 40 characters." in summary["description"]
    assert tab_stops(page)[0] == {"role": "link", "name": "Username: Use 3 to 40 characters.", "description": ""}
    page.get_by_role("link", name="Username: Use 3 to 40 characters.").focus()
    page.keyboard.press("Enter")  # the summary's link takes the focus to the field
    field = focused(page)
    assert field["name"] == "Username" and "Use 3 to 40 characters." in field["description"]
    page.context.close()


def test_links_and_folded_lists_that_look_alike_have_names_of_their_own(browser, a11y_server):
    page = new_page(browser, a11y_server, LAPTOP)
    register(page, "names")
    study = [name for name in accessible_names(page, "link") if name.startswith("Study")]
    assert len(study) == 3 and len(set(study)) == 3, study  # "Study 4" twice, before
    assert "Study 4 waiting: Kuwait–Palestine relations (sample)" in study
    page.goto("/articles/kuwait-palestine-relations")
    folded = [name for name in accessible_names(page, "DisclosureTriangle") if "from this paragraph" in name]
    pilcrows = [name for name in accessible_names(page, "link") if name.startswith("Link to paragraph")]
    assert len(folded) >= 3 and len(set(folded)) == len(folded), folded
    assert len(pilcrows) >= 5 and len(set(pilcrows)) == len(pilcrows)
    page.context.close()
