"""Typed-answer checking, free of Flask: normalise both sides, compare numbers exactly and names leniently.

An answer is read into numbers (with months and years), currencies and the remaining words, after
case, diacritics, punctuation, leading articles and fillers ("in 2013", "about 400") are set aside.
Numbers must match exactly ("400 thousand" = "400,000" = "400k"; "2012" is not "2013"); the words may
carry a small typo, which makes the verdict "close", measured with rapidfuzz's Damerau–Levenshtein.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from rapidfuzz.distance import DamerauLevenshtein

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[$€£¥]")
ARTICLES = {"the", "a", "an"}
# Words that may open an answer without changing it: "in 2013", "about 400", "the year 1991".
LEADING_FILLERS = ARTICLES | {"in", "on", "at", "by", "during", "around", "about", "approximately", "approx",
                              "roughly", "circa", "ca", "c", "some", "nearly", "almost", "year"}
CURRENCIES = {"$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "€": "eur", "eur": "eur",
              "euro": "eur", "euros": "eur", "£": "gbp", "gbp": "gbp", "pound": "gbp", "pounds": "gbp",
              "¥": "jpy", "yen": "jpy"}
UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                     "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth "
                                        "eleventh twelfth".split(), 1)}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
SCALES = {"hundred": 100, "thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6,
          "mn": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}
MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
# Arabic letters written several ways in practice (hamza forms of alef, ta marbuta, alef maqsura).
ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


class Verdict(enum.StrEnum):
    """How a typed answer compares with the expected one."""

    CORRECT = "correct"
    CLOSE = "close"
    WRONG = "wrong"


@dataclass(frozen=True)
class Reading:
    """An answer read for comparison: its numbers (and months), currencies and remaining words."""

    numbers: Counter[object]
    currencies: frozenset[str]
    words: tuple[str, ...]


def normalise(text: str) -> str:
    """Return the text folded for comparison: lower case, no diacritics, no punctuation, single spaces."""
    return " ".join(_tokens(text))


def read_answer(text: str) -> Reading:
    """Read an answer into numbers, currencies and words."""
    tokens = _tokens(text)
    tokens = [t for i, t in enumerate(tokens)
              if not (t == "us" and i + 1 < len(tokens) and tokens[i + 1] in CURRENCIES)]
    while len(tokens) > 1 and tokens[0] in LEADING_FILLERS:
        tokens = tokens[1:]
    numbers: Counter[object] = Counter()
    currencies, words = set(), []
    i = 0
    while i < len(tokens):
        value, after = _read_number(tokens, i)
        if value is not None:
            numbers[value] += 1
            i = after
            continue
        token = tokens[i]
        if token in CURRENCIES:
            currencies.add(CURRENCIES[token])
        elif token in MONTHS and (numbers or any(t[0].isdecimal() for t in tokens)):
            numbers[f"month:{MONTHS[token]}"] += 1  # a month only counts as one beside a day or year
        else:
            words.append(token)
        i += 1
    return Reading(numbers, frozenset(currencies), tuple(words))


def check_answer(given: str, answer: str, accepted: Iterable[str] = ()) -> Verdict:
    """Return the best verdict of the typed answer against the answer and every accepted form."""
    reading = read_answer(given)
    if not (reading.numbers or reading.words):
        return Verdict.WRONG
    verdicts = {_compare(reading, read_answer(form)) for form in [answer, *accepted] if form.strip()}
    return next((v for v in Verdict if v in verdicts), Verdict.WRONG)


def check_choice(given: str, answer: str) -> Verdict:
    """Return the verdict of a multiple-choice pick: exactly the answer, or wrong."""
    return Verdict.CORRECT if given == answer else Verdict.WRONG


def _compare(given: Reading, expected: Reading) -> Verdict:
    if given.numbers != expected.numbers:
        return Verdict.WRONG  # a wrong digit is wrong, however close the rest
    if given.currencies and expected.currencies and given.currencies != expected.currencies:
        return Verdict.WRONG
    if expected.numbers and (not expected.words or not given.words):
        return Verdict.CORRECT  # the number is the answer; "2 million" for "US$2 million" is right
    return _compare_words(given.words, expected.words)


def _compare_words(given: tuple[str, ...], expected: tuple[str, ...]) -> Verdict:
    if sorted(given) == sorted(expected):
        return Verdict.CORRECT  # "Abbas Mahmoud" names the same person as "Mahmoud Abbas"
    joined, target = " ".join(given), " ".join(expected)
    # A typo rarely hits the first letter, and short names one letter apart differ ("Iran", "Iraq").
    if joined[:1] == target[:1] and DamerauLevenshtein.distance(joined, target) <= _typo_allowance(target):
        return Verdict.CLOSE
    if set(given) < set(expected) and any(len(w) >= 4 for w in given):
        return Verdict.CLOSE  # part of a name, like a surname alone
    return Verdict.WRONG


def _typo_allowance(target: str) -> int:
    """Return how many edits still count as a typo: none for short words, more for long names."""
    length = len(target.replace(" ", ""))
    return 0 if length < 5 else 1 if length < 9 else 2 if length < 16 else 3


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.translate(ARABIC_VARIANTS))
    text = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    text = re.sub(r"['’‘ʼ`´]", "", unicodedata.normalize("NFKC", text).casefold())
    return TOKEN.findall(text)


def _read_number(tokens: list[str], start: int) -> tuple[Fraction | int | None, int]:
    """Read a number in digits or words ("400 thousand", "two million", "6th") starting at `start`."""
    token, i = tokens[start], start + 1
    if token[0].isdecimal():  # not isdigit(): "፩" (Ethiopic one) is a digit, read as a word, that int() refuses
        value: Fraction = _parse_digits(token)
    elif token in ORDINALS:
        return ORDINALS[token], i
    elif token in UNITS or token in TENS:
        value = Fraction(UNITS.get(token, TENS.get(token, 0)))
        if token in TENS and i < len(tokens) and 0 < UNITS.get(tokens[i], 0) < 10:
            value, i = value + UNITS[tokens[i]], i + 1
    elif token in SCALES and token not in ("k", "m", "mn", "bn"):
        value = Fraction(1)  # "a million": the article was set aside
        i = start
    else:
        return None, start
    if i < len(tokens) and tokens[i] in ORDINAL_SUFFIXES:
        i += 1
    while i < len(tokens) and tokens[i] in SCALES:
        value, i = value * SCALES[tokens[i]], i + 1
    return (int(value) if value.denominator == 1 else value), i


def _parse_digits(token: str) -> Fraction:
    """Parse "400,000", "1.234.567", "2.5" or "2,5", telling thousands separators from decimal marks."""
    if "," in token and "." in token:
        decimal = max(token.rfind(","), token.rfind("."))
        return Fraction(re.sub(r"[.,]", "", token[:decimal]) + "." + token[decimal + 1:])
    for mark in ",.":
        groups = token.split(mark)
        if len(groups) > 1:
            thousands = all(len(g) == 3 for g in groups[1:]) and (mark == "," or len(groups) > 2)
            return Fraction("".join(groups)) if thousands else Fraction(".".join(groups[:2]) + "".join(groups[2:]))
    return Fraction(int(token))
