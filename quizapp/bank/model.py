"""The question bank's content types: decks, questions and their source citations.

These are plain values, free of Flask and the database, built by the loader from YAML.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

# A cloze gap is `{{answer}}` or `{{answer::hint}}`; all gaps of one question are asked at once.
CLOZE_GAP = re.compile(r"\{\{(?P<answer>(?:(?!::|\}\}).)+?)(?:::(?P<hint>(?:(?!\}\}).)*))?\}\}")
QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$")


class QuestionType(enum.StrEnum):
    """How a question is asked and answered."""

    SHORT = "short"  # typed answer, checked automatically
    CHOICE = "choice"  # multiple choice, checked automatically
    CLOZE = "cloze"  # a sentence with gaps; revealed, then self-graded
    FLASHCARD = "flashcard"  # front and back; revealed, then self-graded


@dataclass(frozen=True)
class Source:
    """Where a question comes from: an article file, a section, a 1-based paragraph and a verbatim quote.

    `anchor` is the cited paragraph's anchor in the article (e.g. "history-p2"), filled in by the loader.
    """

    article: str
    section: str
    paragraph: int
    quote: str
    anchor: str = field(default="", compare=False)


@dataclass(frozen=True)
class Question:
    """One question of a deck, keyed by its stable id."""

    id: str
    type: QuestionType
    prompt: str = ""
    text: str = ""
    answer: str = ""
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    explanation: str = ""
    hint: str = ""
    fact: str = ""
    tags: tuple[str, ...] = ()
    source: Source | None = None
    line: int = 0

    @property
    def cloze_answers(self) -> list[str]:
        """Return the text of every cloze gap, in order."""
        return gap_texts(self.text)

    @property
    def expected_answer(self) -> str:
        """Return the answer a student should give (for cloze, the gap texts joined)."""
        return expected_answer(self.type.value, self.text, self.answer)

    @property
    def front(self) -> str:
        """Return what the student sees first: the prompt, or the cloze text with gaps blanked."""
        if self.type is QuestionType.CLOZE:
            blanked = CLOZE_GAP.sub(lambda m: f"[{m.group('hint') or '…'}]", self.text)
            return f"{self.prompt}\n{blanked}".strip() if self.prompt else blanked
        return self.prompt


@dataclass
class Deck:
    """A deck: one YAML file with a title, optional description and tags, and its questions."""

    key: str
    title: str
    path: str
    description: str = ""
    tags: tuple[str, ...] = ()
    questions: list[Question] = field(default_factory=list)


def gap_texts(text: str) -> list[str]:
    """Return the text of every cloze gap of a cloze text, in order."""
    return [m.group("answer").strip() for m in CLOZE_GAP.finditer(text)]


def expected_answer(question_type: str, text: str, answer: str) -> str:
    """Return the answer a student should give: a cloze's gap texts joined (each once), else the answer.

    Shared by the YAML model and the study card, which reads the same fields from the database."""
    if question_type == QuestionType.CLOZE.value:
        return " / ".join(dict.fromkeys(gap_texts(text)))
    return answer
