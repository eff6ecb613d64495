"""Problems found in question files, reported as `path:line:column: message`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One error in a question file, with the position it concerns."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class BankError(Exception):
    """Raised when question files have problems; carries all of them."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# Words teachers reach for that are not spelled like the key or type they mean.
SYNONYMS = {
    "question": "prompt",
    "q": "prompt",
    "front": "prompt",
    "back": "answer",
    "a": "answer",
    "correct": "answer",
    "solution": "answer",
    "answers": "accept",
    "alternatives": "accept",
    "accepted": "accept",
    "options": "choices",
    "distractors": "choices",
    "explain": "explanation",
    "feedback": "explanation",
    "cloze": "text",
    "sentence": "text",
    "title": "deck",
    "name": "deck",
    "cards": "questions",
    "items": "questions",
    "tag": "tags",
    "ref": "source",
    "citation": "source",
    "file": "article",
    "path": "article",
    "heading": "section",
    "para": "paragraph",
    "sentence_text": "quote",
    "mcq": "choice",
    "multiple-choice": "choice",
    "multiple_choice": "choice",
    "multiple": "choice",
    "mc": "choice",
    "open": "short",
    "typed": "short",
    "text-answer": "short",
    "fill-in": "cloze",
    "gap": "cloze",
    "fill": "cloze",
    "card": "flashcard",
    "flash": "flashcard",
}


def closest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """Return the choice a teacher most likely meant by `word` (a synonym or a near spelling), or None."""
    folded = word.strip().casefold()
    synonym = SYNONYMS.get(folded)
    if synonym in choices:
        return synonym
    close = difflib.get_close_matches(folded, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """Return ' (did you mean 'x'?)' for the closest choice, or '' when none is close."""
    suggestion = closest(word, choices)
    return f" (did you mean '{suggestion}'?)" if suggestion else ""
