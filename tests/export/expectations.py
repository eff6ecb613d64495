"""What a question should look like once in Anki, worked out from the YAML alone (not from the exporter)."""

from __future__ import annotations

import re

from quizapp.bank import CLOZE_GAP, Deck, Question, QuestionType

CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")


def expected_guid(question: Question) -> str:
    """Return the GUID a question's note must have."""
    return f"quizapp:{question.id}"


def expected_deck(deck: Deck) -> str:
    """Return the Anki deck a question's cards must be in."""
    return f"quizapp::{deck.title}"


def expected_tags(deck: Deck, question: Question) -> set[str]:
    """Return the tags (case folded, as Anki matches them) a note must have: spaces and quotes cannot stay."""
    return {t.replace(" ", "_").replace('"', "").casefold() for t in (*deck.tags, *question.tags)}


def cloze_numbers(field: str) -> set[int]:
    """Return the cloze numbers used in a field."""
    return {int(n) for n in CLOZE_NUMBER.findall(field)}


def front_parts(question: Question) -> list[str]:
    """Return the texts the student must see before answering."""
    if question.type is QuestionType.CLOZE:
        hidden = CLOZE_GAP.sub(lambda m: f"[{m.group('hint') or '...'}]", question.text)
        return [p for p in (question.prompt, hidden) if p]
    return [question.prompt, *question.choices]


def back_parts(question: Question, article_title: str | None) -> list[str]:
    """Return the texts the student must see after answering: answer, explanation and source."""
    if question.type is QuestionType.CLOZE:
        parts = [CLOZE_GAP.sub(lambda m: m.group("answer"), question.text)]
    else:
        parts = [question.answer, *question.accept]
    parts.append(question.explanation)
    if question.source is not None:
        parts += [
            article_title or "",
            question.source.section,
            f"paragraph {question.source.paragraph}",
            question.source.quote,
        ]
    return [p for p in parts if p]
