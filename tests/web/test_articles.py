"""The article view: every section and paragraph addressable, with the questions drawn from each paragraph."""

from __future__ import annotations

import re

from quizapp.db import db
from quizapp.models import Question

SLUG = "kuwait-palestine-relations"


def paragraph_block(page: str, anchor: str) -> str:
    """Return the HTML of the paragraph with this anchor and its question list."""
    start = page.index(f'id="{anchor}"')
    end = page.find('<div class="para-block">', start)
    return page[start : end if end != -1 else None]


def test_article_needs_a_login_and_unknown_slugs_are_404(client, auth):
    assert client.get(f"/articles/{SLUG}").headers["Location"].startswith("/login?next=")
    auth.register("amira")
    assert client.get("/articles/no-such-article").status_code == 404


def test_article_shows_sections_with_heading_levels_and_paragraph_anchors(client, auth):
    auth.register("amira")
    page = client.get(f"/articles/{SLUG}").data.decode()
    assert "<h1>Kuwait–Palestine relations</h1>" in page
    assert re.search(r'<h2 id="history-heading">History</h2>', page)
    assert re.search(r'<h3 id="apology-and-restoration-of-ties-heading">Apology and restoration of ties</h3>', page)
    for anchor in ("introduction-p1", "history-p1", "apology-and-restoration-of-ties-p2"):
        assert f'<p class="paragraph" id="{anchor}"' in page
    assert '<li dir="auto">Foreign relations of Kuwait</li>' in page  # "See also" list items
    assert page.index('id="introduction-p1"') < page.index('id="history-p1"')


def test_each_paragraph_lists_its_questions(client, auth):
    auth.register("amira")
    page = client.get(f"/articles/{SLUG}").data.decode()
    assert "4 questions drawn from this article." in page
    first = paragraph_block(page, "apology-and-restoration-of-ties-p1")
    assert "Who made a formal apology to Kuwait" in first and "In […], Mahmoud Abbas" in first
    second = paragraph_block(page, "apology-and-restoration-of-ties-p2")
    assert "Embassy of Palestine in Kuwait reopened?" in second and "Who made a formal apology" not in second
    assert "Questions from this paragraph" not in paragraph_block(page, "history-p1")


def test_retired_questions_are_not_listed(client, auth, app):
    with app.app_context():
        db.session.get(Question, "sample-kuwait-donation").retired = True
        db.session.commit()
    auth.register("amira")
    page = client.get(f"/articles/{SLUG}").data.decode()
    assert "UNRWA" not in page and "3 questions drawn" in page


def test_questions_in_the_article_view_are_escaped(client, auth, app):
    with app.app_context():
        db.session.get(Question, "sample-kuwait-donation").prompt = "<script>alert(1)</script>"
        db.session.commit()
    auth.register("amira")
    page = client.get(f"/articles/{SLUG}").data.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
