"""Show an article with the questions drawn from each of its paragraphs."""

from __future__ import annotations

from collections import defaultdict

from flask import abort, render_template
from flask_login import current_user, login_required

from quizapp.db import db, utcnow
from quizapp.models import Question
from quizapp.storedarticles import citing_questions, stored_article
from quizapp.usercards import cards_on
from quizapp.web.articles import bp
from quizapp.web.decks.cards import card_status, display_prompt


def questions_by_anchor(slug: str) -> dict[str, list[Question]]:
    """Return the live questions citing this article, grouped by the anchor of their paragraph."""
    grouped: dict[str, list[Question]] = defaultdict(list)
    for question in citing_questions(db.session, slug):
        grouped[question.source_anchor or ""].append(question)
    return grouped


@bp.get("/articles/<slug>")
@login_required
def article(slug: str) -> str:
    """Show the whole article; `#<anchor>` scrolls to a paragraph and highlights it."""
    article = stored_article(db.session, slug) or abort(404)
    grouped = questions_by_anchor(slug)
    ids = [q.id for group in grouped.values() for q in group]
    cards = cards_on(db.session, current_user, ids)
    now = utcnow()
    shown = {q.id: (display_prompt(q), card_status(cards.get(q.id), now)) for group in grouped.values() for q in group}
    anchors = {p.anchor for section in article.sections for p in section.paragraphs}
    unplaced = [q for anchor, group in grouped.items() if anchor not in anchors for q in group]
    return render_template(
        "articles/article.html",
        article=article,
        grouped=grouped,
        shown=shown,
        unplaced=unplaced,
        question_count=len(ids),
    )
