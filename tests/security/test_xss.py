"""Escaped output: 28 XSS payloads in every field of the bank, an article, a typed answer and the forms, inert
on every page that shows them."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import yaml
from markupsafe import escape

from quizapp.db import db
from quizapp.models import Article
from tests.conftest import make_app
from tests.security.conftest import registered
from tests.security.routes import ARGUMENTS, TEACHER_ONLY, get_routes

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    '"><script>alert(4)</script>',
    "'><img src=x onerror=alert(5)>",
    "<iframe src=javascript:alert(6)>",
    "<body onload=alert(7)>",
    '<a href="javascript:alert(8)">x</a>',
    "<details open ontoggle=alert(9)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>",
    "<input autofocus onfocus=alert(11)>",
    "</textarea><script>alert(12)</script>",
    "</title><script>alert(13)</script>",
    "<scr<script>ipt>alert(14)",
    "<object data=javascript:alert(15)>",
    "<embed src=javascript:alert(16)>",
    "<video><source onerror=alert(17)>",
    "<marquee onstart=alert(18)>",
    '<div style="background:url(javascript:alert(19))">',
    '<base href="//evil.example/">',
    '<meta http-equiv=refresh content="0;url=javascript:alert(21)">',
    "<form action=javascript:alert(22)><button>x</button></form>",
    "<link rel=import href=//evil.example>",
    '" onmouseover="alert(24)',
    "' onfocus='alert(25)' autofocus='",
    "<template><script>alert(26)</script>",
    "{{7*7}}<b onclick=alert(27)>b</b>",
    '<noscript><p title="</noscript><img src=x onerror=alert(28)>">',
]


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "style", "srcdoc", "content", "poster"}


class LiveMarkup(HTMLParser):
    """Collect what a browser would run or follow: inline scripts, on* handlers, javascript: and foreign URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and not dict(attrs).get("src"):
            self.found.append("<script> without src")
        for name, value in attrs:
            if name.startswith("on") or name == "http-equiv":
                self.found.append(f"<{tag} {name}=...>")
            # A payload as a value= or title= is inert text; in a URL or style attribute it would run or leak.
            if (
                name in URL_ATTRIBUTES
                and value
                and any(bad in value.lower() for bad in ("javascript:", "alert(", "evil.example"))
            ):
                self.found.append(f"<{tag} {name}={value!r}>")


def payload_bank(folder: Path) -> list[str]:
    """Write a deck whose every text field carries payloads; return the question ids."""
    questions, ids = [], []
    for n, payload in enumerate(PAYLOADS):
        qid = f"xss-{n}"
        ids.append(qid)
        kind = ("short", "choice", "cloze", "flashcard")[n % 4]
        question = {"id": qid, "type": kind, "explanation": payload, "hint": payload, "tags": [f"t{n}"]}
        if kind == "cloze":  # braces would read as a broken gap
            plain = payload.replace("{", "(").replace("}", ")")
            question["text"] = f"{plain} is {{{{{plain}::{plain}}}}} here"
        else:
            question.update(prompt=f"Prompt {payload}", answer=payload)
        if kind == "short":
            question["accept"] = [payload + " too"]
        if kind == "choice":
            question["choices"] = [payload, f"not {payload}"]
        questions.append(question)
    deck = {
        "deck": "XSS " + PAYLOADS[0],
        "description": " ".join(PAYLOADS[:4]),
        "tags": ["xss"],
        "questions": questions,
    }
    folder.mkdir()
    (folder / "xss.yaml").write_text(yaml.safe_dump(deck, allow_unicode=True), encoding="utf-8")
    return ids


def payload_article(folder: Path) -> None:
    folder.mkdir()
    body = "\n\n".join(PAYLOADS)
    (folder / "xss.txt").write_text(
        f"= Article {PAYLOADS[1]} =\n\n{body}\n\n==Section {PAYLOADS[2]}==\n{body}\n", encoding="utf-8"
    )


def assert_inert(html: str, where: str) -> int:
    """Assert no payload made it into the page as markup; return how many payload copies the page shows."""
    parser = LiveMarkup()
    parser.feed(html)
    assert parser.found == [], f"live markup on {where}: {parser.found[:3]}"
    for payload in PAYLOADS:
        assert payload not in html, f"raw payload {payload!r} on {where}"
    return sum(html.count(str(escape(payload))) for payload in PAYLOADS)


def test_payloads_in_every_field_are_inert_on_every_page(tmp_path):
    ids = payload_bank(tmp_path / "questions")
    payload_article(tmp_path / "seeds")
    app = make_app(
        tmp_path, questions_dir=tmp_path / "questions", ARTICLES_DIR=tmp_path / "seeds", PROJECT_ROOT=tmp_path
    )
    assert len(PAYLOADS) >= 25
    student, _ = registered(app)
    teacher, _ = registered(app, teacher=True)
    routes = [
        (e, url)
        for e, url in get_routes(app)
        if e not in ("static", "articles.article", "decks.deck", "authoring.pick", "browse.card")
    ]
    urls = [url for endpoint, url in routes if endpoint not in TEACHER_ONLY]
    # The teacher's file pages open the payload deck, not the sample bank's file the walks name.
    teacher_urls = [url.replace(ARGUMENTS["file"], "xss.yaml") for endpoint, url in routes if endpoint in TEACHER_ONLY]
    with app.app_context():
        article = db.session.scalars(db.select(Article.slug)).one()
    # A teacher's article page carries each paragraph's citation in a link; its sentences page shows them too.
    teacher_urls += [f"/articles/{article}", f"/teach/questions/pick/{article}/introduction-p1"]
    # A saved draft of payloads: in the editor it opens, and the list that names it.
    draft = teacher.post(
        "/teach/questions/drafts", data={"path": "xss-draft.yaml", "content": "\n".join(PAYLOADS), "base_hash": ""}
    )
    assert draft.status_code == 303
    teacher_urls += [draft.headers["Location"], "/teach/questions/"]
    urls += [
        "/decks/xss",
        f"/articles/{article}",
        *(f"/study?card={qid}" for qid in ids),
        "/decks/xss?q=" + PAYLOADS[0],
        "/decks/xss?tag=" + PAYLOADS[1],
        *(f"/browse/card/{qid}" for qid in ids),
        "/browse?q=" + PAYLOADS[0],
        "/browse?tag=" + PAYLOADS[1],
        "/study/ahead",
    ]
    pages, shown = 0, 0
    for client, url in [(student, url) for url in urls] + [(teacher, url) for url in teacher_urls]:
        response = client.get(url)
        assert response.status_code in (200, 302, 303), url
        if response.mimetype.startswith("image/"):  # the site's icon: no user or bank text in it
            response.close()
            continue
        if response.mimetype != "text/html":  # downloads (CSV, JSON, .apkg): never rendered by the browser
            assert "attachment" in response.headers["Content-Disposition"], url
            assert response.headers["X-Content-Type-Options"] == "nosniff", url
            continue
        shown += assert_inert(response.get_data(as_text=True), url)
        pages += 1
    for qid in ids:
        for payload in PAYLOADS[:6]:
            response = student.post(
                "/study/answer",
                data={"question_id": qid, "deck": "xss", "reps": "0", "answer": payload},
                follow_redirects=True,
            )
            if response.status_code == 200:
                shown += assert_inert(response.get_data(as_text=True), f"answer to {qid}")
                pages += 1
    for payload in PAYLOADS:
        for response in (
            student.post("/settings", data={"timezone": payload, "desired_retention": payload}),
            app.test_client().post("/register", data={"username": payload, "password": payload}),
            app.test_client().post("/login", data={"username": payload, "password": "x"}),
            teacher.post("/teach/questions/drafts", data={"path": payload, "content": payload, "base_hash": ""}),
        ):
            shown += assert_inert(response.get_data(as_text=True), "a form echoing the payload")
            pages += 1
    print(f"xss: {len(PAYLOADS)} payloads, {pages} pages, {shown} escaped copies shown, 0 live")
    assert pages >= 250 and shown >= 500  # the payloads really are on the pages, escaped
    with app.app_context():
        db.engine.dispose()
