"""Answer text folded for comparison: case, diacritics, Arabic letter forms, punctuation, written forms.

Before the text is cut into tokens, the forms a student may write are made one: "P.L.O." is "plo",
"2 000 000" is "2000000", "%" is "percent", an ISO date "2015-03-09" is "9 march 2015", and a numeric
date "9.3.2015" is read day first (as the articles write dates), with the month-first reading kept as
a second, weaker reading when both are possible.
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.vocabulary import CURRENCY_SIGNS, MONTHS

# A sign of one character is a token of its own ("US$" is read as "us" and "$").
SIGNS = "".join(sign for sign in CURRENCY_SIGNS if len(sign) == 1)
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[" + re.escape(SIGNS) + "]")
MONTH_NAMES = tuple(month.lower() for month in MONTHS)
# Arabic letters written several ways in practice (hamza forms of alef, ta marbuta, alef maqsura).
ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
DOTTED_ACRONYM = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.)+[^\W\d_]\.?)(?![^\W\d_])")
SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?: \d{3})+)(?![\d.,]| \d)")
ISO_DATE = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d.])")
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d.])")


def fold(text: str) -> str:
    """Return the text in lower case without diacritics, format characters or apostrophes."""
    text = unicodedata.normalize("NFKD", text.translate(ARABIC_VARIANTS))
    text = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return re.sub(r"['’‘ʼ`´]", "", unicodedata.normalize("NFKC", text).casefold())


def tokens(text: str) -> list[str]:
    """Return the comparable tokens of a text: numbers, words and currency signs."""
    return TOKEN.findall(text)


def spellings(text: str) -> list[str]:
    """Return the folded text as its readings: day first, then (if the date allows it) month first."""
    text = fold(text)
    text = DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", "") + " ", text)
    text = SPACED_THOUSANDS.sub(lambda m: m.group(1).replace(" ", ""), text)
    text = re.sub(r"\s*%", " percent", text).replace("per cent", "percent")
    text = ISO_DATE.sub(lambda m: _date(m.group(3), m.group(2), m.group(1)) or m.group(0), text)
    readings = [
        NUMERIC_DATE.sub(
            lambda m: (
                _date(m.group(1), m.group(2), m.group(3)) or _date(m.group(2), m.group(1), m.group(3)) or m.group(0)
            ),
            text,
        )
    ]
    if any(_both_ways(m) for m in NUMERIC_DATE.finditer(text)):
        readings.append(
            NUMERIC_DATE.sub(
                lambda m: (_date(m.group(2), m.group(1), m.group(3)) if _both_ways(m) else None) or m.group(0), text
            )
        )
    return readings


def _both_ways(date: re.Match[str]) -> bool:
    """Tell whether a numeric date reads as a date month first too, and a different one (3.9.2015)."""
    first, second = int(date.group(1)), int(date.group(2))
    return first != second and first <= 12 and second <= 12


def _date(day: str | None, month: str, year: str) -> str | None:
    """Write a numeric date with its month named ("9 march 2015"); None when it is no date."""
    if not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return None
    return (f"{int(day)} " if day is not None else "") + f"{MONTH_NAMES[int(month) - 1]} {year}"
