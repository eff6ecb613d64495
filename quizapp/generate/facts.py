"""Facts: an answer found in a sentence (a date, a number or an actor), with the spans that show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from quizapp.generate.units import SentenceUnit

DATE, NUMBER, ACTOR = "date", "number", "actor"
KINDS = (DATE, NUMBER, ACTOR)


@dataclass(frozen=True)
class Gap:
    """A stretch of the paragraph (character offsets) that a cloze hides, and the words shown in the gap."""

    start: int
    end: int
    shown: str


@dataclass(frozen=True)
class Fact:
    """One thing worth asking: its kind and sub-kind, the answer, where it stands, and what it is worth."""

    kind: str
    subkind: str  # year, years, full_date, month_year, range, decade, period | count, percent, money, ...
    answer: str
    gaps: tuple[Gap, ...]
    unit: SentenceUnit
    token_start: int  # doc token span of the answer as written, first gap to last
    token_end: int
    values: tuple[float, ...] = ()  # years or amounts, for distractors
    accept: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # finder notes: role, unit, ...
    cut: int = -1  # where a long sentence's quote is cut short (character offset), or -1

    @property
    def end_char(self) -> int:
        """Return where the fact's quote ends: the sentence's end, or the cut of a long sentence."""
        return self.cut if self.cut >= 0 else self.unit.sent.end_char

    @property
    def quote(self) -> str:
        """Return the verbatim text the fact's questions cite (context included, long sentences cut)."""
        return self.unit.text[self.unit.start_char : self.end_char].strip()

    @property
    def sentence(self) -> str:
        """Return the sentence the fact was found in."""
        return self.unit.sent.text.strip()

    @property
    def span(self) -> Span:
        """Return the answer's tokens as written in the sentence."""
        return self.unit.doc[self.token_start : self.token_end]


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Say whether [start, end) overlaps any claimed range."""
    return any(start < t_end and t_start < end for t_start, t_end in taken)
