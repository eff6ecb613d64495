"""An answer read for comparison: its numbers (with months and years), currencies, direction and words.

Numbers must later match exactly, so every way of writing one is read to the same value: digits with
separators, scales ("400 thousand", "2 million", "400k"), number words ("two hundred seventy-six",
through `quizapp.numberwords`) and ordinals. "More than" and "fewer than" give the answer a direction,
units are reduced to one name ("34 metric tonnes" = "34 tons"), and fillers that open an answer ("in 2013",
"about 400", "the State of Israel") are set aside.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from quizapp.answers.text import MONTH_NAMES, spellings, tokens
from quizapp.numberwords import SCALES as NUMBER_SCALES
from quizapp.numberwords import number_from_words, ordinal_value
from quizapp.vocabulary import CURRENCY_SIGNS, CURRENCY_WORDS

ARTICLES = {"the", "a", "an"}
LEADING_FILLERS = ARTICLES | {
    "in",
    "on",
    "at",
    "by",
    "during",
    "around",
    "about",
    "approximately",
    "approx",
    "roughly",
    "circa",
    "ca",
    "c",
    "some",
    "nearly",
    "almost",
    "year",
    "from",
    "between",
}
# Official long forms that name the same place as the short one: "the State of Israel" is Israel.
STATE_PREFIXES = (("state", "of"), ("republic", "of"), ("kingdom", "of"), ("emirate", "of"), ("sultanate", "of"))
CURRENCIES = {sign: code for sign, code in CURRENCY_SIGNS.items() if len(sign) == 1} | CURRENCY_WORDS
UNITS = {
    "ton": "ton",
    "tons": "ton",
    "tonne": "ton",
    "tonnes": "ton",
    "t": "ton",
    "percent": "percent",
    "pct": "percent",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
}
UNIT_QUALIFIERS = {"metric"}  # "34 metric tons": a ton is taken to be the metric one
# "Hundred" is read with the words before it ("two hundred"); the scales also come abbreviated ("400k", "2bn").
SCALES = {word: value for word, value in NUMBER_SCALES.items() if word != "hundred"} | {
    "k": 10**3,
    "millions": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
MONTHS = (
    {name: n for n, name in enumerate(MONTH_NAMES, 1)}
    | {name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)}
    | {"sept": 9}
)
# Words that put a number's meaning on one side of it; the longest phrase is matched first.
DIRECTIONS = {
    ("no", "more", "than"): "-",
    ("more", "than"): "+",
    ("greater", "than"): "+",
    ("over",): "+",
    ("above",): "+",
    ("at", "least"): "+",
    ("upwards", "of"): "+",
    ("in", "excess", "of"): "+",
    ("exceeding",): "+",
    ("fewer", "than"): "-",
    ("less", "than"): "-",
    ("under",): "-",
    ("below",): "-",
    ("at", "most"): "-",
    ("up", "to"): "-",
}


@dataclass(frozen=True)
class Reading:
    """An answer read for comparison: numbers (and months), currencies, a direction (+, - or "") and words."""

    numbers: Counter[object]
    currencies: frozenset[str]
    words: tuple[str, ...]
    direction: str = ""


def read_answer(text: str) -> Reading:
    """Read an answer into numbers, currencies, direction and words (its first, day-first reading)."""
    return readings(text)[0]


def readings(text: str) -> list[Reading]:
    """Read an answer every way its dates allow: day first, then month first when that differs."""
    return [_read(tokens(spelling)) for spelling in spellings(text)]


def _read(found: list[str]) -> Reading:
    found = [t for i, t in enumerate(found) if not (t == "us" and i + 1 < len(found) and found[i + 1] in CURRENCIES)]
    found, direction = _direction(found)
    while len(found) > 1 and found[0] in LEADING_FILLERS:
        found = found[1:]
    for prefix in STATE_PREFIXES:
        if tuple(found[: len(prefix)]) == prefix and len(found) > len(prefix):
            found = found[len(prefix) :]
            while len(found) > 1 and found[0] in ARTICLES:
                found = found[1:]
    numbers: Counter[object] = Counter()
    currencies, words = set(), []
    i = 0
    while i < len(found):
        value, after = _read_number(found, i)
        if value is not None:
            numbers[value] += 1
            i = after
            continue
        token = found[i]
        if token in CURRENCIES:
            currencies.add(CURRENCIES[token])
        elif token in MONTHS and (numbers or any(t[0].isdecimal() for t in found)):
            numbers[f"month:{MONTHS[token]}"] += 1  # a month only counts as one beside a day or year
        elif token in UNITS and (numbers or i > 0):
            words.append(UNITS[token])
        elif not (token in UNIT_QUALIFIERS and i + 1 < len(found) and found[i + 1] in UNITS):
            words.append(token)
        i += 1
    return Reading(numbers, frozenset(currencies), tuple(words), direction)


def _direction(found: list[str]) -> tuple[list[str], str]:
    """Take out a "more than" / "fewer than" before a number; return the rest and the direction."""
    for i in range(len(found)):
        for phrase, sign in sorted(DIRECTIONS.items(), key=lambda item: -len(item[0])):
            end = i + len(phrase)
            if tuple(found[i:end]) == phrase and end < len(found) and _read_number(found, end)[0] is not None:
                return found[:i] + found[end:], sign
    return found, ""


def _read_number(found: list[str], start: int) -> tuple[Fraction | int | str | None, int]:
    """Read a number in digits or words ("400 thousand", "two million", "6th") starting at `start`."""
    token = found[start]
    if token[0].isdecimal():  # not isdigit(): "፩" (Ethiopic one) is a digit, read as a word, that int() refuses
        value, i = _parse_digits(token), start + 1
        if i < len(found) and found[i] == "s" and value.denominator == 1 and value % 10 == 0:
            return f"decade:{value}", i + 1  # "the 1990s" is a decade, not the year 1990
    elif (ordinal := ordinal_value(token)) is not None and not token.isdecimal():
        return ordinal, start + 1
    elif (spelled := number_from_words(found[start:])) is not None:
        value, i = Fraction(spelled[0]), start + spelled[1]
    else:
        return None, start
    if i < len(found) and found[i] in ORDINAL_SUFFIXES:
        i += 1
    while i < len(found) and found[i] in SCALES:
        value, i = value * SCALES[found[i]], i + 1
    return (int(value) if value.denominator == 1 else value), i


def _parse_digits(token: str) -> Fraction:
    """Parse "400,000", "1.234.567", "2.5" or "2,5", telling thousands separators from decimal marks."""
    if "," in token and "." in token:
        decimal = max(token.rfind(","), token.rfind("."))
        return Fraction(re.sub(r"[.,]", "", token[:decimal]) + "." + token[decimal + 1 :])
    for mark in ",.":
        groups = token.split(mark)
        if len(groups) > 1:
            thousands = all(len(g) == 3 for g in groups[1:]) and (mark == "," or len(groups) > 2)
            return Fraction("".join(groups)) if thousands else Fraction(".".join(groups[:2]) + "".join(groups[2:]))
    return Fraction(int(token))
