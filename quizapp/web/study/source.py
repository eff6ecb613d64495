"""The source paragraph of a question, quoted in full with the quoted sentence and the answer highlighted.

The highlight is built from escaped pieces with markupsafe, so article text can never inject HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from flask import url_for
from markupsafe import Markup, escape

from quizapp.answers import acronyms_in
from quizapp.db import db
from quizapp.models import Question
from quizapp.storedarticles import article_text, source_paragraph


@dataclass(frozen=True)
class Passage:
    """A source paragraph ready to show: where it is, its highlighted text, and a link to it."""

    article_title: str
    section_title: str
    html: Markup
    url: str
    text: str  # the paragraph as plain text


def source_passage(question: Question, answers: tuple[list[str], list[str]]) -> Passage | None:
    """Return the question's source paragraph with the quote and answers highlighted, if it has one."""
    if not (question.article_slug and question.source_anchor):
        return None
    found = source_paragraph(db.session, question.article_slug, question.source_anchor)
    if found is None:
        return None
    paragraph = found.paragraph
    html = highlight(paragraph.text, question.source_quote or "", *answers)
    url = url_for("articles.article", slug=question.article_slug, _anchor=paragraph.anchor)
    return Passage(found.article_title, found.section_title, html, url, paragraph.text)


def article_acronyms(question: Question) -> dict[str, str]:
    """Return the acronyms the question's article defines ("Palestinian Liberation Organization (PLO)")."""
    return acronyms_in(article_text(db.session, question.article_slug)) if question.article_slug else {}


def highlight(paragraph: str, quote: str, answers: Iterable[str], alternatives: Iterable[str] = ()) -> Markup:
    """Return the paragraph as HTML with the quote in <mark> and the answers in <strong> within it.

    The alternatives (accepted forms) are highlighted only when no answer occurs in the paragraph.
    """
    answers = [a for a in answers if a.strip()]
    if not _spans(paragraph, answers):
        answers = [a for a in alternatives if a.strip()]
    span = _find(paragraph, quote) if quote.strip() else None
    if span is None:
        return _emphasise(paragraph, answers)
    start, end = span
    inside = _spans(paragraph[start:end], answers)
    # Look for the answer outside the quote only when the quote itself does not hold it.
    before, after = (paragraph[:start], paragraph[end:])
    return Markup("").join(
        [
            _emphasise(before, [] if inside else answers),
            Markup('<mark class="source-quote">'),
            _emphasise(paragraph[start:end], answers),
            Markup("</mark>"),
            _emphasise(after, [] if inside else answers),
        ]
    )


def _find(text: str, needle: str) -> tuple[int, int] | None:
    """Find the needle exactly, else with any whitespace between its words and in any case."""
    start = text.find(needle)
    if start >= 0:
        return start, start + len(needle)
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    match = re.search(pattern, text, re.IGNORECASE)
    return match.span() if match else None


def _spans(text: str, answers: list[str]) -> list[tuple[int, int]]:
    """Return the non-overlapping places where any answer occurs as whole words, in order."""
    found: list[tuple[int, int]] = []
    for answer in sorted(answers, key=len, reverse=True):
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in answer.split()) + r"(?!\w)"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if all(match.end() <= s or match.start() >= e for s, e in found):
                found.append(match.span())
    return sorted(found)


def _emphasise(text: str, answers: list[str]) -> Markup:
    parts, last = [], 0
    for start, end in _spans(text, answers):
        parts += [escape(text[last:start]), Markup('<strong class="source-answer">{}</strong>').format(text[start:end])]
        last = end
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
