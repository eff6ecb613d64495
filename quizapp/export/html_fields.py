"""Write the HTML of Anki note fields from question text: escaping, cloze gaps, choices, answer, source.

Every piece is wrapped in an element with a `qz-` class (and the facts the importer needs in
data attributes), so `quizapp import anki` can read an export back into the same questions.
The student sees only the text; the classes and attributes change nothing on screen.
"""

from __future__ import annotations

import html
import re

from quizapp.bank.model import CLOZE_GAP, Question, QuestionType, Source

# The class names the importer looks for (quizapp/export/note_reading.py reads them back).
PROMPT, CHOICES, HINT, ANSWER, ACCEPT = "qz-prompt", "qz-choices", "qz-hint", "qz-answer", "qz-accept"
EXPLANATION, SOURCE, QUOTE = "qz-explanation", "qz-source", "qz-quote"
_SPECIAL = re.compile(r"[&<>\r\n]")


def html_text(text: str) -> str:
    """Escape text for an HTML field: entities for <, > and &, and <br> for each line break."""
    if not _SPECIAL.search(text):
        return text  # most text needs nothing, and exports of big banks call this for every field
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def attribute(text: str) -> str:
    """Escape text for a double-quoted HTML attribute value."""
    return html.escape(text, quote=True)


def cloze_html(text: str) -> str:
    """Turn quizapp gaps {{answer}} / {{answer::hint}} into Anki's {{c1::answer}} / {{c1::answer::hint}}.

    quizapp asks all gaps of a question at once, which in Anki means they all share cloze number 1.
    """
    pieces: list[str] = []
    last = 0
    for gap in CLOZE_GAP.finditer(text):
        pieces.append(html_text(text[last : gap.start()]))
        hint = gap.group("hint")
        pieces.append("{{c1::" + html_text(gap.group("answer")) + (f"::{html_text(hint)}" if hint else "") + "}}")
        last = gap.end()
    pieces.append(html_text(text[last:]))
    return "".join(pieces)


def question_html(question: Question) -> str:
    """Return what the student sees first: the prompt with any choices, or the cloze text."""
    if question.type is QuestionType.CLOZE:
        prompt = f'<div class="{PROMPT}">{html_text(question.prompt)}</div>' if question.prompt else ""
        return prompt + cloze_html(question.text)
    front = html_text(question.prompt)
    if question.type is QuestionType.CHOICE:
        items = "".join(f"<li>{html_text(choice)}</li>" for choice in question.choices)
        front += f'<ol class="{CHOICES}" type="A">{items}</ol>'
    return front


def answer_html(question: Question) -> str:
    """Return the answer block (empty for cloze, whose gaps reveal the answer) with any other accepted answers."""
    if question.type is QuestionType.CLOZE:
        return ""
    block = f'<div class="{ANSWER}" data-type="{question.type.value}">{html_text(question.answer)}</div>'
    if question.accept:
        spans = ", ".join(f"<span>{html_text(a)}</span>" for a in question.accept)
        block += f'<div class="{ACCEPT}">Also accepted: {spans}</div>'
    return block


def hint_details(hint_html: str) -> str:
    """Return a hint (HTML) folded away until the student opens it."""
    return f'<details class="{HINT}"><summary>Hint</summary>{hint_html}</details>' if hint_html else ""


def explanation_block(explanation_html: str) -> str:
    """Return the explanation (HTML) as its own block."""
    return f'<div class="{EXPLANATION}">{explanation_html}</div>' if explanation_html else ""


def source_html(source: Source | None, article_title: str | None) -> str:
    """Cite the source: article title, section and paragraph, then the quoted sentence."""
    if source is None:
        return ""
    title = article_title or source.article
    return (
        f'<div class="{SOURCE}" data-article="{attribute(source.article)}" '
        f'data-section="{attribute(source.section)}" data-paragraph="{source.paragraph}">'
        f"Source: <cite>{html_text(title)}</cite>, section “{html_text(source.section)}”, "
        f'paragraph {source.paragraph}:<br>“<span class="{QUOTE}">{html_text(source.quote)}</span>”</div>'
    )
