"""Find dates in a sentence: years, full dates, month-year, ranges, coordinated years, decades, periods.

Patterns find the candidates; the parse decides whether a bare four-digit number is a year (it follows
a time preposition, or spaCy calls it a DATE, or it modifies a noun as in "the 2003 war") and drops
four-digit numbers that open or sit inside a name ("the 1951 Charter", "Route 1907 Society").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizapp.generate.facts import DATE, Fact, Gap, overlaps
from quizapp.generate.units import SentenceUnit
from quizapp.vocabulary import MONTHS

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# (subkind, pattern); a pattern with groups gaps each group, else the whole match. Longest forms first.
PATTERNS = (
    ("full_date", rf"\b{_MONTH} \d{{1,2}}, {_YEAR}\b"),
    ("full_date", rf"\b\d{{1,2}} {_MONTH} {_YEAR}\b"),
    ("month_year", rf"\b{_MONTH} {_YEAR}\b"),
    ("range", rf"(?<=\b[Ff]rom )({_YEAR}) (?:to|until) ({_YEAR})\b"),
    ("range", rf"(?<=\b[Bb]etween )({_YEAR}) and ({_YEAR})\b"),
    ("range", rf"\b{_YEAR}\s?[–-]\s?(?:{_YEAR}|\d{{2}})\b(?![-–]\w)"),
    (
        "period",
        r"\b(?:the )?(?:(?:first|second|latter) half of the |(?:early|mid|late)[- ])?"
        r"\d{1,2}(?:st|nd|rd|th) century\b",
    ),
    (
        "decade",
        r"\b(?:the )?(?:(?:early|mid|late)[- ])?1[0-9]{2}0s\b|\b(?:the )?(?:(?:early|mid|late)[- ])?20[0-9]0s\b",
    ),
    ("year", rf"(?<![\d,.$€£-]){_YEAR}(?![\d%]|,\d|\.\d|s\b)"),
)
TIME_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "from",
        "of",
        "before",
        "after",
        "during",
        "to",
        "and",
        "between",
        "or",
        "through",
        "around",
        "circa",
        "c.",
    }
)
AWARDS = frozenset({"Prize", "Award", "Medal", "Trophy"})
NAME_ENTITIES = frozenset({"EVENT", "LAW", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "PERSON"})
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in PATTERNS)


def find_dates(unit: SentenceUnit) -> list[Fact]:
    """Return the date facts of a sentence unit, longest forms first, without overlaps."""
    sent, doc = unit.sent, unit.doc
    base = sent.start_char
    taken: list[tuple[int, int]] = []
    found: list[Fact] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(sent.text):
            groups = [match.span(i) for i in range(1, (match.lastindex or 0) + 1)] or [match.span()]
            start, end = base + match.start(), base + match.end()
            if overlaps(start, end, taken):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (kind == "year" and not _is_year(span)):
                continue
            if _inside_name(span):
                continue
            taken.append((start, end))
            gaps = tuple(Gap(base + a, base + b, sent.text[a:b]) for a, b in groups)
            text = unit.text[start:end]
            found.append(
                Fact(
                    DATE, kind, text, gaps, unit, span.start, span.end, values=_years(text), accept=_accepts(kind, text)
                )
            )
    return _join_coordinated_years(sorted(found, key=lambda f: f.gaps[0].start), unit)


def _is_year(span: Span) -> bool:
    """Say whether a lone four-digit number in context stands for a year."""
    token = span[0]
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is not None and before.lower_ in TIME_PREPOSITIONS:
        return True
    if token.ent_type_ == "DATE":
        return True
    # "the 2003 war", "a failed 1992 plan": a year before a noun, after an article or adjective.
    return (
        token.dep_ in ("nummod", "compound", "amod")
        and token.head.pos_ in ("NOUN", "PROPN")
        and before is not None
        and before.pos_ in ("DET", "ADJ")
    )


def _inside_name(span: Span) -> bool:
    """Say whether the date is part of a name ("Route 1907 Society", "the 1951 Charter") rather than
    dating something the article tells.

    A year after "of" closes a name and dates it ("the Alliance of 1902"), and a year before a common
    noun dates it ("the 1967 war"): both are asked. A year that opens a capitalised name ("the 1951
    Charter", "the 1928 Summer Olympics") is the name's own label: reviews of rounds 19 to 21 failed
    every such gap ("the year inside a name, not a date of an event of the topic"). An award's year
    ("shared the 1954 Nobel Prize") is when it was won, and is asked.
    """
    first, last = span[0], span[-1]
    before = first.nbor(-1) if first.i > first.sent.start else None
    if before is not None and before.lower_ == "of":
        return False
    if last.dep_ in ("nummod", "compound", "amod") and last.head.i > last.i:
        head = last.head
        award = any(t.text in AWARDS for t in head.doc[last.i + 1 : head.i + 1])  # won in that year
        return bool(head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper() and not award)
    if before is not None and before.lower_ in ("the", "a", "an"):
        return False
    return any(t.ent_type_ in NAME_ENTITIES - {"EVENT"} for t in span)


def _accepts(kind: str, text: str) -> tuple[str, ...]:
    """Return other ways to write the answer that a typed answer may use."""
    if kind == "range" and "–" in text:
        return (text.replace("–", "-"),)
    if text.startswith("the "):
        return (text[4:],)
    return ()


def _years(text: str) -> tuple[float, ...]:
    """Return the four-digit years (and decades) mentioned in a date text."""
    return tuple(float(y) for y in re.findall(_YEAR, text))


def _join_coordinated_years(facts: list[Fact], unit: SentenceUnit) -> list[Fact]:
    """Merge "1948 and 1967" (or "1948, 1956 and 1967") into one fact asked as a whole."""
    text = unit.text
    result: list[Fact] = []
    for fact in facts:
        previous = result[-1] if result else None
        if (
            previous is not None
            and fact.subkind == "year"
            and previous.subkind in ("year", "years")
            and re.fullmatch(r",? (?:and|or) |, ", text[previous.gaps[-1].end : fact.gaps[0].start])
        ):
            joined = text[previous.gaps[0].start : fact.gaps[-1].end]
            result[-1] = Fact(
                DATE,
                "years",
                joined,
                previous.gaps + fact.gaps,
                unit,
                previous.token_start,
                fact.token_end,
                values=previous.values + fact.values,
            )
        else:
            result.append(fact)
    return result
