"""Write other dates in the same form as an answer: nearby years, shifted full dates, other decades."""

from __future__ import annotations

import random
import re
from functools import lru_cache, partial

from quizapp.generate.spread import seeded
from quizapp.vocabulary import MONTHS

_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6, -8, 8, -10, 10)


def date_variants(subkind: str, answer: str, latest: int) -> list[str]:
    """Return other dates written like `answer`, nearest first, none later than `latest`."""
    maker = {"full_date": _full_dates, "month_year": _month_years, "decade": _decades, "period": _periods}.get(
        subkind, _shifted_years
    )
    seen: dict[str, None] = {}
    for variant in maker(answer):
        years = [int(y) for y in _YEAR.findall(variant)]
        if variant != answer and (max(years) <= latest if years else subkind == "period"):
            seen.setdefault(variant, None)
    return list(seen)


def _shifted_years(answer: str) -> list[str]:
    """Shift every year of the answer by the same amount ("1967 to 1969" -> "1965 to 1967", "1990–91" too)."""
    out = []
    years = [int(y) for y in _YEAR.findall(answer)]
    # A round year ("by the year 2000") among unround ones stands out: its distractors are round too.
    ranged = re.search(r"\b\d{4}[–-]\d{2}\b", answer) is not None  # "1990–91" is no round year
    shifts = [10 * s for s in YEAR_SHIFTS] if years and not ranged and all(y % 10 == 0 for y in years) else YEAR_SHIFTS
    for shift in shifts:
        moved = re.sub(r"\b(\d{4})([–-])(\d{2})\b", partial(_shifted_range, shift=shift), answer)
        if moved == answer:
            moved = _YEAR.sub(partial(_shifted_year, shift=shift), answer)
        out.append(moved)
    return out


def _full_dates(answer: str) -> list[str]:
    """Write other valid full dates in the answer's order of parts, each differing in day, month and year."""
    match = re.search(r"\b\d{1,2}(?=,| )", answer)
    month = next((m for m in MONTHS if m in answer), None)
    year = _YEAR.search(answer)
    if match is None or month is None or year is None:
        return _shifted_years(answer)
    day, rng, out = int(match.group()), seeded(answer), []
    days = [d for d in range(1, 29) if d != day and len(str(d)) == len(str(day))]  # 1-28 is valid in every month
    months = _months_like(month, rng)
    for turn in range(len(months)):  # every year with its own month first, then with the others
        for i, shift in enumerate(YEAR_SHIFTS):
            other_month = months[(_month_turn(i) + turn) % len(months)]
            other_day = rng.choice(days)
            text = answer[: match.start()] + str(other_day) + answer[match.end() :]
            text = text.replace(month, other_month)
            out.append(_YEAR.sub(str(int(year.group()) + shift), text, count=1))
    return out


def _shifted_range(match: re.Match[str], shift: int) -> str:
    """Write a year range ("1990–91") `shift` years later."""
    return f"{int(match.group(1)) + shift}{match.group(2)}{(int(match.group(3)) + shift) % 100:02d}"


def _shifted_year(match: re.Match[str], shift: int) -> str:
    """Write a year `shift` years later."""
    return str(int(match.group()) + shift)


def _months_like(month: str, rng: random.Random) -> list[str]:
    """Return the other months whose names are about as long (so the longest option is no tell), shuffled:
    taken in turn, neighbouring options never share a month ("September" three times points elsewhere)."""
    months: list[str] = []
    for slack in (1, 2, 3):  # "May" has only "June" and "July" within one letter: three options need four months
        months = [m for m in MONTHS if m != month and abs(len(m) - len(month)) <= slack]
        if len(months) >= 4:
            break
    rng.shuffle(months)
    return months


def _month_turn(i: int) -> int:
    """Return which other month the i-th year shift takes (shifts go -1, +1, -2, +2, ...): earlier and later
    years each run through every month, so no month belongs to one side of the answer."""
    return i // 2 + i % 2


def month_of(text: str) -> str | None:
    """Return the month a date names, or None."""
    return next((m for m in MONTHS if m in text), None)


def year_of(text: str) -> str:
    """Return the first year a date names ("" if none)."""
    match = re.search(rf"\b(?:{_YEAR.pattern})\b", text)
    return match.group() if match else ""


def _month_years(answer: str) -> list[str]:
    """Write other month-year dates, each differing in month and year."""
    month = next((m for m in MONTHS if m in answer), None)
    year = _YEAR.search(answer)
    if month is None or year is None:
        return _shifted_years(answer)
    rng, out = seeded(answer), []
    months = _months_like(month, rng)
    for turn in range(len(months)):  # every year with its own month first, then with the others
        for i, shift in enumerate(YEAR_SHIFTS):
            text = answer.replace(month, months[(_month_turn(i) + turn) % len(months)])
            out.append(_YEAR.sub(str(int(year.group()) + shift), text, count=1))
    return out


@lru_cache(maxsize=4096)  # options are ranked against each other many times over
def date_key(text: str) -> float:
    """Return a date's place in time as a number (year, plus month and day as fractions), for ordering."""
    years = [int(y) for y in _YEAR.findall(text)]
    decade = re.search(r"(1[0-9]{2}0|20[0-9]0)s", text)
    if not years and decade:
        years = [
            int(decade.group(1))
            + {"early": 2, "mid": 5, "late": 8}.get(text.split()[-2] if len(text.split()) > 1 else "", 5)
        ]
    century = re.search(r"(\d{1,2})(?:st|nd|rd|th) century", text)
    if not years and century:
        part = re.search(r"\b(early|mid|late|first half|second half)\b", text)
        offset = {"early": 15, "mid": 50, "late": 85, "first half": 25, "second half": 75}.get(
            part.group(1) if part else "", 50
        )
        years = [(int(century.group(1)) - 1) * 100 + offset]
    if not years:
        return 0.0
    month = next((i for i, m in enumerate(MONTHS) if m in text), -1)
    day = re.search(r"\b(\d{1,2})(?=,| )", text)
    return years[0] + (month + 1) / 13 + (int(day.group(1)) / 400 if day and month >= 0 else 0)


def _decades(answer: str) -> list[str]:
    """Move a decade by ten years, or its "early"/"late" part ("the early 1990s" -> "the late 1980s")."""
    match = re.search(r"(1[0-9]{2}0|20[0-9]0)s", answer)
    if match is None:
        return []
    decade = int(match.group(1))
    out = []
    for shift in (-10, 10, -20, 20):
        out.append(answer.replace(match.group(), f"{decade + shift}s"))
    for now, other in (("early", "late"), ("late", "early"), ("mid-", "early "), ("mid ", "late ")):
        if now in answer:
            for shift in (0, -10, 10):
                out.append(answer.replace(now, other).replace(match.group(), f"{decade + shift}s"))
    return out


def _periods(answer: str) -> list[str]:
    """Move a century or its half ("the second half of the 20th century" -> "the first half of ...")."""
    match = re.search(r"(\d{1,2})(st|nd|rd|th) century", answer)
    if match is None:
        return []
    out = []
    for shift in (0, -1, 1):  # a neighbour century: three centuries back is absurd for most stories
        number = int(match.group(1)) + shift
        if number > 20 or number < 1:
            continue  # never the 21st century or later: it may not be over yet
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        text = answer.replace(match.group(), f"{number}{suffix} century")
        out.append(text)
        for now, other in (("first half", "second half"), ("second half", "first half")):
            if now in text:
                out.append(text.replace(now, other))
        part = re.search(r"\b(early |mid-|late )", text)
        for other in ("early", "mid-", "late"):  # "the early 20th century" -> "the late 19th century"
            if part is not None and other.strip() != part.group(1).strip():
                out.append(text[: part.start()] + (other if other.endswith("-") else other + " ") + text[part.end() :])
    return out
