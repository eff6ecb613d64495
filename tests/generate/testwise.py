"""Test-wise solvers: students who see only the options of a multiple-choice question and guess cleverly.

Each solver picks one option from the options alone. Over a bank, a solver that beats chance (25 % on
four options) by much shows that the options give the answer away.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import yaml

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _value(option: str) -> float | None:
    """Return an option's date or amount as a number, or None for a name."""
    text = option.casefold()
    years = _YEAR.findall(text)
    if years:
        month = next((i for i, m in enumerate(MONTHS) if m in text), -1)
        return int(years[0]) + (month + 1) / 13
    number = _NUMBER.search(text)
    word = next((w for w in text.replace("-", " ").split() if w in WORDS), None)
    if number is None and word is None:
        return _magnitude(text)
    value = float(number.group().replace(",", "")) if number else float(WORDS.index(word))
    for word, scale in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9)):
        if word in text:
            value *= scale
    return value


def _magnitude(text: str) -> float | None:
    """Return the size a vague amount stands for ("tens of thousands" -> 10 * 1000), or None for a name."""
    sizes = {
        "dozen": 12,
        "hundred": 1e2,
        "thousand": 1e3,
        "million": 1e6,
        "once": 1,
        "twice": 2,
        "day": 1,
        "week": 7,
        "month": 30,
        "year": 365,
        "decade": 3650,
    }
    value = None
    for word in text.replace("-", " ").split():
        size = sizes.get(word.removesuffix("s"))
        if word == "tens":
            size = 10
        if size is not None:
            value = size if value is None else value * size
    return value


def _parts(option: str) -> set[str]:
    """Return an option's words and numbers, for counting what options share."""
    return set(re.findall(r"\w+", option.casefold()))


def _by_value(options: list[str], choose: Callable[[list[tuple[float, str]]], str]) -> str | None:
    """Apply a rank-based choice to options that all carry a value (dates, amounts)."""
    values = [(_value(o), o) for o in options]
    if any(v is None for v, _ in values):
        return None
    return choose(sorted(values))


def most_central(options: list[str]) -> str | None:
    """Pick the option closest to all the others (the date or amount in the middle)."""
    return _by_value(options, lambda vs: min(vs, key=lambda p: sum(abs(p[0] - q[0]) for q in vs))[1])


def most_isolated(options: list[str]) -> str | None:
    """Pick the option farthest from its nearest neighbour: 1907, 1908, 1909 and then 1911 breaks the pattern."""

    def gap(p: tuple[float, str], vs: list[tuple[float, str]]) -> float:
        return min(abs(p[0] - q[0]) for q in vs if q is not p)

    return _by_value(options, lambda vs: max(vs, key=lambda p: gap(p, vs))[1])


def breaks_even_run(options: list[str]) -> str | None:
    """Pick the one option off an evenly spaced run of the other three (1907, 1908, 1909 and 1911; 8, 9, 10
    and 15 yen); no pick when there is no such run."""

    def pick(vs: list[tuple[float, str]]) -> str | None:
        for odd in vs:
            rest = [v for v, _ in vs if (v, _) != odd]
            gaps = [b - a for a, b in itertools.pairwise(rest)]
            step = gaps[0]
            if (
                step > 0
                and abs(gaps[0] - gaps[1]) <= 1e-9 * max(1.0, step)
                and not any(abs(abs(odd[0] - end) - step) <= 1e-9 * max(1.0, step) for end in (rest[0], rest[-1]))
            ):
                return odd[1]  # four evenly spaced options have no odd one
        return None

    return _by_value(options, pick)


def earliest(options: list[str]) -> str | None:
    """Pick the smallest value."""
    return _by_value(options, lambda vs: vs[0][1])


def latest(options: list[str]) -> str | None:
    """Pick the largest value."""
    return _by_value(options, lambda vs: vs[-1][1])


def lower_median(options: list[str]) -> str | None:
    """Pick the second smallest value."""
    return _by_value(options, lambda vs: vs[1][1])


def upper_median(options: list[str]) -> str | None:
    """Pick the second largest value."""
    return _by_value(options, lambda vs: vs[2][1])


def longest(options: list[str]) -> str | None:
    """Pick the longest option."""
    return max(options, key=len)


def shares_most(options: list[str]) -> str | None:
    """Pick the option that shares the most words and numbers with the other options."""
    parts = [_parts(o) for o in options]
    return max(options, key=lambda o: sum(len(_parts(o) & p) for p in parts) - len(_parts(o)))


def odd_by_article(options: list[str], article_text: str) -> str | None:
    """Pick the only name that belongs to the question's topic: the one option its article names.

    A student who knows the deck's topic can do this whenever distractors come from other articles.
    Dates and amounts are not names of anything, so the solver leaves them alone.
    """
    if any(_value(o) is not None for o in options):
        return None
    named = [o for o in options if o.casefold() in article_text.casefold()]
    return named[0] if len(named) == 1 else None


def odd_by_kind(options: list[str], countries: frozenset[str]) -> str | None:
    """Pick the one option of another kind: the only country among names, or the only name that is not one."""
    if any(_value(o) is not None for o in options):
        return None
    is_country = [o.casefold().removeprefix("the ") in countries for o in options]
    if is_country.count(True) == 1:
        return options[is_country.index(True)]
    if is_country.count(False) == 1:
        return options[is_country.index(False)]
    return None


SOLVERS: dict[str, Callable[[list[str]], str | None]] = {
    "most central": most_central,
    "most isolated": most_isolated,
    "breaks an even run": breaks_even_run,
    "earliest": earliest,
    "latest": latest,
    "lower median": lower_median,
    "upper median": upper_median,
    "longest": longest,
    "shares most parts": shares_most,
}


def choice_questions(questions_dir: Path) -> list[tuple[dict, str]]:
    """Return every multiple-choice question of a bank with the article path it cites."""
    found = []
    for path in sorted(questions_dir.rglob("*.yaml")):
        deck = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in deck.get("questions", []):
            if question.get("type") == "choice":
                found.append((question, question["source"]["article"]))
    return found


def solver_scores(questions_dir: Path, root: Path) -> dict[str, tuple[int, int]]:
    """Return, per solver, (right, answered) over the bank's multiple-choice questions."""
    from quizapp.generate.names import countries

    scores = {name: [0, 0] for name in [*SOLVERS, "odd one out by article", "odd one out by kind"]}
    texts: dict[str, str] = {}
    for question, article in choice_questions(questions_dir):
        options = [str(o) for o in question["choices"]]
        answer = str(question["answer"])
        if article not in texts:
            texts[article] = (root / article).read_text(encoding="utf-8")
        picks = {name: solver(options) for name, solver in SOLVERS.items()}
        picks["odd one out by article"] = odd_by_article(options, texts[article])
        picks["odd one out by kind"] = odd_by_kind(options, countries())
        for name, pick in picks.items():
            if pick is not None:
                scores[name][1] += 1
                scores[name][0] += pick == answer
    return {name: (right, answered) for name, (right, answered) in scores.items()}


if __name__ == "__main__":
    import sys

    for name, (right, answered) in solver_scores(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{name:24} {right:4}/{answered:<4} {right / answered if answered else 0:.0%}")
