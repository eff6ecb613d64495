"""A teacher writes a deck in real Chromium: a mistake, its message beside its line, the fix, the preview,
publish; then a student studies the new question. Once with CodeMirror, once as a plain form without JavaScript.
And a saved draft: left, then opened again from the file list with its text."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from quizapp.accounts import promote
from quizapp.db import db
from tests.browser.conftest import LAPTOP, new_page, register, screenshot, serve_app
from tests.conftest import bank_copy, make_app

pytestmark = pytest.mark.browser

QUOTE = "In 2013, the Embassy of Palestine in Kuwait was reopened."
DECK = f"""deck: Embassy deck
questions:
  - id: browser-embassy-year
    type: short
    prompt: In what year did the Palestinian embassy in Kuwait reopen?
    answer: "2013"
    source:
      article: seeds/000_239a2713105e4f37.txt
      quote: "{QUOTE}"
  - id: browser-embassy-cloze
    type: cloze
    text: "In {{{{2013, the Embassy of Palestine in Kuwait was reopened."
    source:
      article: seeds/000_239a2713105e4f37.txt
      quote: "{QUOTE}"
"""
BROKEN_LINE = 12  # the cloze text: its gap is never closed
FIXED = DECK.replace("In {{2013, the", "In {{2013}}, the")


@pytest.fixture(scope="module")
def writing_app(tmp_path_factory):
    """An app on a copy of the sample bank (publishing writes to it), CSRF on, as served."""
    folder = tmp_path_factory.mktemp("writing")
    return make_app(folder, bank_copy(folder), WTF_CSRF_ENABLED=True)


@pytest.fixture(scope="module")
def writing_server(writing_app):
    yield from serve_app(writing_app)


def as_teacher(page, app) -> str:
    """Register through the page, then make the account a teacher as `quizapp promote` does."""
    username = register(page, "teacher")
    with app.app_context():
        promote(db.session, username)
        db.session.commit()
    return username


def press(page, name: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def replace_text(page, text: str, javascript: bool) -> None:
    """Put `text` in the editor as a teacher pasting it would."""
    if javascript:
        page.locator(".cm-content").click()
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(text)
    else:
        page.locator("textarea#content").fill(text)


def still_screenshot(page, name: str) -> None:
    """Screenshot with nothing focused, so no blinking cursor makes two runs differ (the files are committed)."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.mouse.move(0, 0)
    screenshot(page, name)


def student_studies(browser, server: str, question_id: str, prompt: str) -> None:
    page = new_page(browser, server, LAPTOP)
    register(page)
    page.goto(f"/study?card={question_id}")
    assert prompt in page.locator(".card-prompt").inner_text()
    page.get_by_label("Your answer").fill("2013")
    press(page, "Check")
    assert "Embassy of Palestine in Kuwait was reopened" in page.locator("main").inner_text()
    page.context.close()


def test_write_check_fix_preview_publish_with_codemirror_then_a_student_studies_it(
    browser, writing_app, writing_server
):
    page = new_page(browser, writing_server, LAPTOP)
    as_teacher(page, writing_app)
    page.goto("/teach/questions/")
    with page.expect_navigation():
        page.get_by_role("link", name="New question file").click()
    assert page.locator(".cm-editor .cm-lineNumbers").is_visible()  # CodeMirror, with line numbers
    assert not page.locator("textarea#content").is_visible()
    assert page.locator(".cm-content .tok-comment, .cm-content span[class]").count() > 0  # highlighted YAML
    page.get_by_label("File name").fill("embassy.yaml")
    replace_text(page, DECK, javascript=True)
    press(page, "Check")
    problem = page.locator(f".cm-problem[data-line='{BROKEN_LINE}']")
    assert "the cloze gap opened at column 15 is not closed" in problem.inner_text()
    # Beside its line: the message sits right under line 12 of the editor.
    above = problem.evaluate("box => box.previousElementSibling.textContent")
    assert above == DECK.splitlines()[BROKEN_LINE - 1]
    assert page.locator(".cm-lint-marker-error").count() >= 1
    still_screenshot(page, "authoring-check")
    replace_text(page, FIXED, javascript=True)
    press(page, "Preview")
    assert page.get_by_role("heading", name="No problems").is_visible()
    assert page.locator(".preview-card").count() == 2
    assert page.locator(".preview-source mark").first.inner_text() == QUOTE
    still_screenshot(page, "authoring-preview")
    press(page, "Publish")
    assert "Published embassy.yaml: 2 added" in page.locator(".flashes").inner_text()
    row = page.locator("tr[data-file='embassy.yaml']")
    assert "Valid" in row.inner_text() and "2" in row.locator(".number").inner_text()
    page.context.close()
    student_studies(browser, writing_server, "browser-embassy-year", "Palestinian embassy in Kuwait")


def test_the_same_without_javascript_is_a_plain_form(browser, writing_app, writing_server):
    page = new_page(browser, writing_server, LAPTOP, javascript=False)
    as_teacher(page, writing_app)
    page.goto("/teach/questions/new")
    assert page.locator("textarea#content").is_visible() and page.locator(".cm-editor").count() == 0
    page.get_by_label("File name").fill("plain/embassy.yaml")
    deck = DECK.replace("browser-embassy", "plain-embassy")
    replace_text(page, deck, javascript=False)
    press(page, "Check")
    item = page.locator(f"#problems li[data-line='{BROKEN_LINE}']")
    assert f"Line {BROKEN_LINE}, column 15" in item.inner_text()
    assert item.locator(".problem-line").inner_text() == deck.splitlines()[BROKEN_LINE - 1]
    replace_text(page, deck.replace("In {{2013, the", "In {{2013}}, the"), javascript=False)
    press(page, "Preview")
    assert page.locator(".preview-card").count() == 2
    press(page, "Publish")
    assert "Published plain/embassy.yaml: 2 added" in page.locator(".flashes").inner_text()
    page.context.close()
    student_studies(browser, writing_server, "plain-embassy-year", "Palestinian embassy in Kuwait")


def test_selecting_words_of_a_paragraph_starts_a_question_quoting_them(browser, writing_app, writing_server):
    page = new_page(browser, writing_server, LAPTOP)
    as_teacher(page, writing_app)
    page.goto("/articles/kuwait-palestine-relations")
    assert not page.locator("#pick-selection").is_visible()
    page.locator("#apology-and-restoration-of-ties-p2").click(click_count=3)  # a triple click selects the paragraph
    link = page.get_by_role("link", name="Write a question from the selection")
    expect(link).to_be_visible()  # shown by pick.js on selectionchange, which fires after the click returns
    with page.expect_navigation():
        link.click()
    text = page.evaluate("document.querySelector('.cm-content').innerText")
    assert "section: Apology and restoration of ties" in text and "paragraph: 2" in text
    assert f'quote: "{QUOTE}"' in text
    press(page, "Check")
    assert page.get_by_role("heading", name="No problems").is_visible()
    page.context.close()


def test_a_saved_draft_outlives_leaving_the_page_and_opens_from_the_list(browser, writing_app, writing_server):
    page = new_page(browser, writing_server, LAPTOP)
    as_teacher(page, writing_app)
    page.goto("/teach/questions/new")
    page.get_by_label("File name").fill("drafts/half-done.yaml")
    half_done = DECK.replace("browser-embassy", "draft-embassy")  # its unclosed gap: a draft may be broken
    replace_text(page, half_done, javascript=True)
    press(page, "Save draft")
    assert "Draft of drafts/half-done.yaml saved" in page.locator(".flashes").inner_text()
    page.goto("/")  # the teacher leaves; nothing was published
    page.goto("/teach/questions/")
    assert page.locator("tr[data-file='drafts/half-done.yaml']").count() == 0
    drafts = page.locator("#drafts")
    assert "drafts/half-done.yaml" in drafts.inner_text()
    with page.expect_navigation():
        drafts.get_by_role("link", name="Open draft of drafts/half-done.yaml").click()
    shown = page.evaluate("document.querySelector('.cm-content').innerText")  # the text as CodeMirror shows it
    assert "\n".join(shown.splitlines()) == half_done  # line for line, its final newline an empty last line
    assert page.get_by_label("File name").input_value() == "drafts/half-done.yaml"
    page.context.close()


def test_without_javascript_save_draft_is_a_plain_button_too(browser, writing_app, writing_server):
    page = new_page(browser, writing_server, LAPTOP, javascript=False)
    as_teacher(page, writing_app)
    page.goto("/teach/questions/new")
    page.get_by_label("File name").fill("drafts/plain.yaml")
    replace_text(page, DECK, javascript=False)
    press(page, "Save draft")
    page.goto("/teach/questions/")
    with page.expect_navigation():
        page.get_by_role("link", name="Open draft of drafts/plain.yaml").click()
    assert page.locator("textarea#content").input_value() == DECK
    page.context.close()
