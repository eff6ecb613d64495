"""Count what the generator made: questions per article, per kind of fact and per question type."""

from __future__ import annotations

from collections import Counter

from quizapp.generate.facts import KINDS
from quizapp.generate.pipeline import GeneratedDeck

TYPES = ("cloze", "short", "choice")


def counts(deck: GeneratedDeck) -> tuple[Counter[str], Counter[str]]:
    """Return a deck's question counts by kind of fact and by question type."""
    by_kind = Counter(q["tags"][0] for q in deck.questions)
    by_type = Counter(q["type"] for q in deck.questions)
    return by_kind, by_type


def report_lines(decks: list[GeneratedDeck]) -> list[str]:
    """Return a plain-text table: one row per article, then the totals."""
    header: list[str | int] = ["article", "facts", *KINDS, *TYPES, "questions"]
    rows: list[list[str | int]] = []
    total_kind: Counter[str] = Counter()
    total_type: Counter[str] = Counter()
    total_facts = 0
    for deck in decks:
        by_kind, by_type = counts(deck)
        facts = len({q["fact"] for q in deck.questions})
        total_kind += by_kind
        total_type += by_type
        total_facts += facts
        rows.append(
            [deck.article_path, facts, *(by_kind[k] for k in KINDS), *(by_type[t] for t in TYPES), len(deck.questions)]
        )
    rows.append(
        [
            "total",
            total_facts,
            *(total_kind[k] for k in KINDS),
            *(total_type[t] for t in TYPES),
            sum(total_type.values()),
        ]
    )
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("(kind columns count questions: date / number / actor; facts = distinct facts asked)")
    return lines
