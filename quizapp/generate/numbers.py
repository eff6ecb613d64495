"""Find numbers worth asking: counts, percentages, money, quantities, "X out of Y" and changes.

Numbers that are part of a name or a compound ("Six-Day War", "two-state solution", "the two
countries") are not facts; ordinals never are. A bare count needs a plural noun to count.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizapp.generate.facts import NUMBER, Fact, Gap, overlaps
from quizapp.generate.quantities import APPROX_WORDS, CURRENCIES, NUMERAL, SCALE_WORDS, parse_amount
from quizapp.generate.units import SentenceUnit
from quizapp.vocabulary import CURRENCY_NAMES

_NUM = rf"(?:{NUMERAL})(?: (?:{SCALE_WORDS}))?"
_CURRENCY = rf"(?:{CURRENCIES})"
_APPROX = rf"(?:(?:{APPROX_WORDS}) )?"
UNITS = (
    "tons",
    "tonnes",
    "kilograms",
    "kg",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "hectares",
    "acres",
    "barrels",
    "litres",
    "liters",
    "square kilometres",
    "square miles",
    "feet",
    "megawatts",
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "seasons",
    "spectators",
    "seats",
    "times",
)
_UNIT = "(?:" + "|".join(UNITS) + ")"
_MONEY = rf"{_CURRENCY}{_NUM}|{_NUM} (?:{'|'.join(CURRENCY_NAMES)})"
_PERCENT = rf"{_NUM}(?: percent| per cent|%)"
# (subkind, pattern); groups are the gaps. The order settles overlaps: wider constructions first.
PATTERNS = (
    # "2 hours, 55 minutes and 10 seconds": one time, never one of its parts ("2 hours and ____ minutes").
    (
        "duration",
        rf"\b{_NUM} (?:hours?|minutes?)(?:,? (?:and )?{_NUM} (?:minutes?|seconds?))+\b",
    ),
    ("change", rf"(?<=\bfrom )({_CURRENCY}?{_NUM}(?: percent)?) to ({_CURRENCY}?{_NUM}(?: percent|%)?)\b"),
    ("ratio", rf"\b(?<![\d,.])({_NUM})(?: [a-z]+)? out of (?:{_NUM})\b"),
    ("total", rf"(?<= out of )({_NUM})\b"),
    ("age", rf"\b({_NUM})(?=-year-old\b)|(?<=\bat the age of )({_NUM})\b"),
    ("money", rf"(?i:{_APPROX})(?:{_MONEY})\b"),
    ("percent", rf"\b{_APPROX}{_PERCENT}"),
    ("quantity", rf"\b{_APPROX}{_NUM} {_UNIT}\b"),
    (
        "vague",
        r"(?i:\b(?:(?:tens of |hundreds of )?(?:hundreds|thousands|millions|dozens)(?= of\b)|"
        r"(?:a few|several|a couple of) (?:hundred|thousand|million)|once|twice|three times)\b)",
    ),
    ("count", rf"(?<![\d,.$€£-])\b{_APPROX}{_NUM}\b(?![-–]\w|%|,\d|\.\d)"),
)
DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "both", "each"})
NAME_ENTITIES = frozenset(
    {"EVENT", "LAW", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "PERSON", "GPE", "NORP", "DATE", "TIME", "ORDINAL"}
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in PATTERNS)


def find_numbers(unit: SentenceUnit, taken: list[tuple[int, int]]) -> list[Fact]:
    """Return the number facts of a sentence unit that no date already claims."""
    sent, doc = unit.sent, unit.doc
    base = sent.start_char
    claimed = list(taken)
    found: list[Fact] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(sent.text):
            start, end = base + match.start(), base + match.end()
            if overlaps(start, end, claimed):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not _is_fact(kind, span, unit.text, start, end):
                continue
            groups = [match.span(i) for i in range(1, (match.lastindex or 0) + 1) if match.start(i) >= 0] or [
                match.span()
            ]
            gaps = tuple(Gap(base + a, base + b, sent.text[a:b]) for a, b in groups)
            answer = " to ".join(g.shown for g in gaps) if kind == "change" else gaps[0].shown
            if kind in ("vague", "duration"):
                claimed.append((start, end))
                found.append(Fact(NUMBER, kind, answer, gaps, unit, span.start, span.end, detail={"unit": ""}))
                continue
            amounts = tuple(a for a in (parse_amount(g.shown) for g in gaps) if a is not None)
            if len(amounts) != len(gaps):
                continue
            # A ratio claims only its X: the Y of "X out of Y" is a fact of its own (kind "total").
            claimed.extend((g.start, g.end) for g in gaps) if kind == "ratio" else claimed.append((start, end))
            found.append(
                Fact(
                    NUMBER,
                    kind,
                    answer,
                    gaps,
                    unit,
                    span.start,
                    span.end,
                    values=tuple(a.value for a in amounts),
                    accept=_accepts(answer),
                    detail={"unit": amounts[0].unit, "total": _ratio_total(kind, match.group(0))},
                )
            )
    return sorted(found, key=lambda f: f.gaps[0].start)


def _is_fact(kind: str, span: Span, text: str, start: int, end: int) -> bool:
    """Say whether a matched number is a fact rather than part of a name, compound or reference."""
    if kind == "age":
        return True  # "the 18-year-old forward", "at the age of 17"
    if text[end : end + 1] in ("-", "–") or text[max(0, start - 1) : start] in ("-", "–"):
        return False  # "Six-Day War", "two-state solution"
    first = span[0]
    before = first.nbor(-1) if first.i > span.sent.start else None
    if before is not None and before.lower_ in DETERMINERS:
        return False  # "the two countries" points back; it states nothing
    if kind == "count" and any(t.ent_type_ in NAME_ENTITIES for t in span):
        return False
    if text[end : end + 11] == " and a half":
        return False  # "two and a half centuries": the number goes on past the match
    if kind in ("count", "ratio", "total"):
        return _counts_plural_noun(span)
    if kind == "vague":
        return not any(t.ent_type_ in ("ORG", "EVENT", "WORK_OF_ART", "LAW") for t in span)
    return True


def _counts_plural_noun(span: Span) -> bool:
    """Say whether a bare number counts something plural ("39 missiles", "three main groups")."""
    last = span[-1]
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "compound") and head.i > last.i:
        if head.pos_ == "PROPN" and not head.lower_.endswith("s"):
            return False  # "21 Lutetia", "2867 Steins": the number is part of a name, it counts nothing
        return head.tag_ in ("NNS", "NNPS")
    following = [t for t in span.doc[span.end : span.end + 3] if t.pos_ in ("NOUN", "PROPN")]
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ in ("out", "of"):  # "200 out of 276 seats", "126 of them died"
        return True
    return bool(following) and following[0].tag_ in ("NNS", "NNPS") and following[0].i == span.end


def _ratio_total(kind: str, matched: str) -> str:
    """Return the Y of an "X out of Y" match (the part never asked)."""
    if kind != "ratio":
        return ""
    return matched.rsplit(" out of ", 1)[1]


def _accepts(answer: str) -> tuple[str, ...]:
    """Return typed-answer variants: the bare number behind an "about"/"more than"."""
    bare = re.sub(rf"^(?:{APPROX_WORDS}) ", "", answer)
    return (bare,) if bare != answer else ()
