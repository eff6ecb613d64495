"""Read the parts of a question out of Anki note fields: prompt, choices, hint, answer, explanation, source.

Fields written by quizapp carry `qz-` classes (see html_fields.py) and come back exactly; fields
from any other deck are read as the student sees them: the front is the prompt, the back the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.export import html_fields as qz
from quizapp.export.html_text import Element, element_text, parse_html, take

# Anki's cloze deletion: {{c<number>::answer}} or {{c<number>::answer::hint}}.
ANKI_CLOZE = re.compile(r"\{\{c(?P<number>\d+)::(?P<body>.*?)\}\}", re.DOTALL)
TYPES = ("short", "choice", "flashcard")


class MappingError(ValueError):
    """A note that cannot become a question; the message says why."""


@dataclass
class NoteParts:
    """What a note holds, as plain text (empty when absent)."""

    prompt: str = ""
    text: str = ""
    type: str = ""
    answer: str = ""
    accept: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    explanation: str = ""
    hint: str = ""
    source: dict[str, Any] | None = None


def read_front(markup: str) -> NoteParts:
    """Read a Basic note's Front: the prompt, with any quizapp choices list and hint."""
    tree = parse_html(markup)
    parts = NoteParts(hint=_hint(tree))
    choices = take(tree, qz.CHOICES)
    if choices is not None:
        parts.choices = [element_text(li) for li in choices.children if isinstance(li, Element) and li.tag == "li"]
    parts.prompt = element_text(tree)
    if not parts.prompt:
        raise MappingError("the Front is empty")
    return parts


def read_cloze_text(markup: str) -> NoteParts:
    """Read a Cloze note's Text: any quizapp prompt and hint, and the text with its deletions."""
    tree = parse_html(markup)
    parts = NoteParts(hint=_hint(tree))
    prompt = take(tree, qz.PROMPT)
    parts.prompt = element_text(prompt) if prompt is not None else ""
    parts.text = element_text(tree)
    return parts


def read_back(parts: NoteParts, markup: str, cloze: bool) -> NoteParts:
    """Add what the Back (or Back Extra) holds: answer, accepted answers, explanation, source."""
    tree = parse_html(markup)
    answer = take(tree, qz.ANSWER)
    accept = take(tree, qz.ACCEPT)
    explanation = take(tree, qz.EXPLANATION)
    source = take(tree, qz.SOURCE)
    rest = element_text(tree)
    if accept is not None:
        parts.accept = [element_text(s) for s in accept.children if isinstance(s, Element) and s.tag == "span"]
    notes = [element_text(explanation) if explanation is not None else ""]
    parts.source = _source(source, notes)
    if cloze or answer is not None:
        notes.append(rest)  # text someone added to the back in Anki is kept, as explanation
    parts.explanation = "\n".join(n for n in notes if n)
    if not cloze:
        parts.answer = element_text(answer) if answer is not None else rest
        if not parts.answer:
            raise MappingError("the Back is empty; a question needs an answer")
        parts.type = _type(parts, answer.attrs.get("data-type", "") if answer is not None else "")
    return parts


def _type(parts: NoteParts, marked: str) -> str:
    """Return the question type: as marked by quizapp when that fits the parts, else what they suggest."""
    if parts.choices and parts.answer not in parts.choices:
        raise MappingError(f"the answer '{parts.answer}' is not one of the listed choices")
    if marked in TYPES and (marked == "choice") == bool(parts.choices):
        return marked
    return "choice" if parts.choices else "short" if parts.accept else "flashcard"


def _hint(tree: Element) -> str:
    """Take the quizapp hint out of a tree and return its text, without the 'Hint' summary."""
    details = take(tree, qz.HINT)
    if details is None:
        return ""
    details.children = [c for c in details.children if not (isinstance(c, Element) and c.tag == "summary")]
    return element_text(details)


def _source(node: Element | None, notes: list[str]) -> dict[str, Any] | None:
    """Read a quizapp source citation; one that lacks a part is kept as text in the explanation."""
    if node is None:
        return None
    quote = take(node, qz.QUOTE)
    attrs = node.attrs
    paragraph = attrs.get("data-paragraph", "")
    if quote is None or not attrs.get("data-article") or not attrs.get("data-section") or not paragraph.isdigit():
        notes.append(element_text(node) + (f" {element_text(quote)}" if quote is not None else ""))
        return None
    return {
        "article": attrs["data-article"],
        "section": attrs["data-section"],
        "paragraph": int(paragraph),
        "quote": element_text(quote),
    }


def split_cloze(text: str) -> list[tuple[int, str]]:
    """Turn Anki deletions into quizapp gaps, one text per cloze number (Anki makes a card for each).

    In the text for number N, the deletions numbered N become gaps and the others plain text.
    """
    numbers = sorted({int(m.group("number")) for m in ANKI_CLOZE.finditer(text)})
    if not numbers:
        raise MappingError("the Cloze note has no deletion like {{c1::answer}}")
    for match in ANKI_CLOZE.finditer(text):
        answer = match.group("body").split("::", 1)[0]
        if not answer.strip() or "{{" in answer or "\n" in match.group("body"):
            raise MappingError(f"cloze deletion '{match.group(0)}' is empty, nested or spans lines")

    def for_number(number: int) -> str:
        def gap(match: re.Match[str]) -> str:
            answer, _, hint = match.group("body").partition("::")
            if int(match.group("number")) != number:
                return answer
            return "{{" + answer + (f"::{hint}" if hint else "") + "}}"

        return ANKI_CLOZE.sub(gap, text)

    return [(number, for_number(number)) for number in numbers]
