"""axe-core on every page a visitor, a student and a teacher see: both sizes, light and dark, zero violations."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from werkzeug.exceptions import MethodNotAllowed, NotFound

from quizapp.accounts import promote
from quizapp.db import db
from tests.browser.a11y import axe_violations
from tests.browser.conftest import LAPTOP, PASSWORD, PHONE, new_page

pytestmark = pytest.mark.browser

CARDS = [
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
    "sample-qatar-map",
]
ARTICLE = "/articles/kuwait-palestine-relations"
# Routes that answer with a file or JSON, not a page, and so have nothing for axe to check.
NOT_PAGES = {
    "static",
    "decks.favicon",
    "exports.anki",
    "account.progress_json",
    "account.cards_csv",
    "account.reviews_csv",
    "authoring.download",
    "classes.students_csv",
    "classes.questions_csv",
    "account.revlog_csv_download",
    "account.revlog_json_download",
}
BROKEN_DECK = "deck: Broken\nquestions:\n  - id: axe-q\n    type: cloze\n    text: In {{2013 the embassy reopened.\n"


class Walk:
    """Visit pages one after another and gather axe's violations on each."""

    def __init__(self, page, app):
        self.page = page
        self.urls = app.url_map.bind("localhost")
        self.found: dict[str, list[str]] = {}
        self.endpoints: set[str] = set()

    def check(self, name: str) -> None:
        """Open every folded part (hints, asides, chart tables), then run axe on the page as it stands."""
        self.page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        self.endpoints.add(self._endpoint())
        if violations := axe_violations(self.page):
            self.found[name] = violations

    def _endpoint(self) -> str:
        path = urlsplit(self.page.url).path
        try:
            return self.urls.match(path)[0]
        except MethodNotAllowed:  # the page a POST-only route answered with (the editor's Check, a refused form)
            return self.urls.match(path, method="POST")[0]
        except NotFound:
            return "404"

    def goto(self, url: str, name: str | None = None) -> None:
        """Open a URL and check it."""
        self.page.goto(url)
        self.check(name or url)

    def submit(self, button_name: str, name: str) -> None:
        """Press a form's button from the keyboard, and check the page it leads to.

        Focus and Enter rather than a click: on a loaded machine CodeMirror may still be measuring its lines
        when the click comes, and a phone-sized editor that grows moves the button away from the pointer
        (seen once in CI: no request was sent). The walk checks the pages, not the pointer.
        """
        button = self.page.get_by_role("button", name=button_name, exact=True)
        button.focus()
        with self.page.expect_navigation():
            button.press("Enter")
        self.check(name)


def walk_as_visitor(walk: Walk, username: str) -> None:
    """The pages before logging in, a failed login and a refused registration among them."""
    page = walk.page
    walk.goto("/", "landing")
    walk.goto("/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("not the password")
    walk.submit("Log in", "login, refused")
    walk.goto("/register")
    page.get_by_label("Username").fill("a")
    walk.submit("Create account", "register, refused")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Create account").click()


def walk_as_student(walk: Walk) -> None:
    """Every page of a logged-in student: decks, each kind of card and its answer, stats, settings, account."""
    page = walk.page
    walk.goto("/", "home")
    walk.goto("/decks/kuwait")
    walk.goto("/decks/kuwait?q=nothing-matches", "deck, nothing matches")
    walk.goto(ARTICLE)
    for card in CARDS:
        walk.goto(f"/study?card={card}", f"question {card}")
        with page.expect_navigation():
            page.locator("#answer-form [type=submit]").first.click()
        walk.check(f"answer {card}")
    with page.expect_navigation():
        page.keyboard.press("4")
    walk.check("custom study of one card, finished")
    walk_the_browser_and_custom_study(walk)
    walk.goto("/study?deck=qatar", "question after grading")
    for _ in range(4):
        if page.locator(".study-done").count():
            break
        with page.expect_navigation():
            page.locator("#answer-form [type=submit], #grade-form [value='4']").first.click()
    walk.check("no more cards today")
    with page.expect_navigation():
        page.get_by_role("button", name="Undo last answer").click()
    walk.check("question after undo, with a flash message")
    walk.goto("/stats")
    walk.goto("/decks/kuwait?q=Kuwa%C3%AFt+embasy", "deck, search with accent and typo")
    walk.goto("/settings")
    walk.submit("Compute optimal retention", "settings, optimal retention shown")
    walk.goto("/account/history/import")
    walk.submit("Import", "history import, refused")
    walk.goto("/settings")
    page.get_by_label("Desired retention").fill("2")
    page.get_by_label("Learning steps", exact=True).fill("1x 10m")
    walk.submit("Save settings", "settings, refused")
    walk.goto("/account/password")
    walk.submit("Change password", "change password, refused")
    walk.goto("/account/delete")
    walk.submit("Delete my account", "delete account, refused")
    walk.goto("/no-such-page", "not found")


def walk_teachers_questions(walk: Walk, app, username: str) -> None:
    """The teacher's question pages: the file list, a refused upload, the editor, a check with problems, a preview,
    a saved draft opened, and the list with the teacher's drafts."""
    page = walk.page
    with app.app_context():
        promote(db.session, username)
        db.session.commit()
    walk.goto("/teach/questions/", "question files")
    page.get_by_label("Question file (.yaml)").set_input_files(
        {"name": "broken.yaml", "mimeType": "application/yaml", "buffer": BROKEN_DECK.encode()}
    )
    walk.submit("Upload and publish", "upload, refused")
    walk.goto(ARTICLE, "article, as a teacher")
    walk.goto(
        f"/teach/questions/pick{ARTICLE.removeprefix('/articles')}/apology-and-restoration-of-ties-p1",
        "sentences of a paragraph",
    )
    walk.submit("Write a question from this sentence (sentence 1)", "editor, from a sentence")
    walk.goto("/teach/questions/edit/kuwait.yaml", "editor, a file")
    walk.goto("/teach/questions/new", "editor, a new file")
    walk.submit("Preview", "editor, preview")
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(BROKEN_DECK)
    walk.submit("Check", "editor, problems beside their lines")
    walk.submit("Save draft", "editor, an opened draft")
    walk.goto("/teach/questions/", "question files, with your drafts")


def walk_teachers_classes(walk: Walk, app, username: str) -> None:
    """The class pages: the list, a refused and a made class, the class with a student, analytics, join pages."""
    with app.app_context():
        promote(db.session, username)
        db.session.commit()
    page = walk.page
    walk.goto("/classes", "classes, none yet")
    walk.submit("Create class", "new class, refused")
    page.get_by_label("Class name").fill(f"Class of {username}")
    walk.submit("Create class", "class page, no student")
    code = page.locator(".join-code").inner_text()
    walk.submit("Assign deck", "class page, deck assigned")
    class_page = page.url
    walk.goto(f"/join/{code}", "join link")
    walk.submit("Join class", "home, in a class")
    walk.goto(class_page, "class page with a student")
    page.get_by_label("Class name").fill("")
    walk.submit("Rename", "rename, refused")
    walk.goto("/classes", "classes")
    walk.goto(class_page + "/questions", "question analytics")
    walk.goto("/join/ABCDEFGH", "join link, unknown code")
    page.get_by_label("Class code").fill("nonsense")
    walk.submit("Join class", "join, refused")


def walk_the_browser_and_custom_study(walk: Walk) -> None:
    """The card browser (filtered, refused, a card's history), custom study of a tag, its cards and its end."""
    page = walk.page
    walk.goto("/browse", "card browser")
    walk.goto("/browse?tag=date&sort=lapses&desc=y", "card browser, filtered and sorted")
    walk.goto("/browse?page=x", "card browser, refused filter")
    walk.goto(f"/browse/card/{CARDS[0]}", "a card's history")
    walk.goto("/study/custom", "custom study")
    page.get_by_label("A tag", exact=True).check()
    page.get_by_label("Tag", exact=True).select_option("number")
    walk.submit("Start custom study", "custom study, a card ahead of time")
    with page.expect_navigation():
        page.locator("#answer-form [type=submit]").first.click()
    walk.check("custom study, its answer")
    with page.expect_navigation():
        page.locator("#grade-form [value='3']").click()
    walk.check("custom study finished")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_axe_finds_no_wcag_violation_on_any_page(browser, a11y_app, a11y_server, viewport, scheme):
    page = new_page(browser, a11y_server, viewport, color_scheme=scheme)
    walk = Walk(page, a11y_app)
    username = f"axe-{scheme}-{viewport['width']}"
    walk_as_visitor(walk, username)
    walk_as_student(walk)
    walk_teachers_questions(walk, a11y_app, username)
    walk_teachers_classes(walk, a11y_app, username)
    page.context.close()
    pages = {rule.endpoint for rule in a11y_app.url_map.iter_rules() if "GET" in rule.methods} - NOT_PAGES
    assert pages | {"404"} <= walk.endpoints, "a page axe never saw"
    assert not walk.found, "\n".join(f"{name}: {line}" for name, lines in walk.found.items() for line in lines)
