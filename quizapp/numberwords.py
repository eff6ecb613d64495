"""Numbers written in words, read and written, in one place for the whole app (Flask-free).

Reading uses text2num ("two hundred seventy-six" -> 276, "sixth" -> 6th), writing uses num2words
(276 -> "two hundred seventy-six"): maintained libraries instead of hand-written word tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from num2words import num2words
from text_to_num import alpha2digit, text2num

__all__ = ["SCALES", "digits_for_words", "number_from_words", "number_in_words", "ordinal_in_words", "ordinal_value"]

# The scale words after a number ("2 million"), as the generator reads amounts and the checker reads answers.
SCALES = {"hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
LONGEST_RUN = 12  # words; "nine hundred ninety-nine thousand nine hundred ninety-nine" is 9 (hyphens split)
ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def number_from_words(words: Sequence[str]) -> tuple[int, int] | None:
    """Read the number spelled by the first words ("two", "hundred", "and", "twenty"); return (value, words used).

    The words are lower case, one word each (split "seventy-six" first). None when the first is no number.
    """
    first = _value(words[:1]) if words and words[0] != "and" else None
    if first is None:
        return None
    best, used = first, 1
    for end in range(2, min(len(words), LONGEST_RUN) + 1):
        value = _value(words[:end])
        if value is not None:
            best, used = value, end
        elif words[end - 1] != "and":  # "hundred and twenty": "and" alone does not end the number
            break
    return best, used


def ordinal_value(word: str) -> int | None:
    """Return the number an ordinal word stands for ("sixth" -> 6, "twenty-first" -> 21), else None."""
    match = ORDINAL.match(alpha2digit(word, "en", threshold=0))
    return int(match.group(1)) if match else None


def digits_for_words(text: str) -> str:
    """Write every number spelled in words in digits: "twenty-five percent" -> "25 percent"."""
    return str(alpha2digit(text, "en", threshold=0))


def number_in_words(number: int) -> str:
    """Write a whole number in words, American style: 276 -> "two hundred seventy-six"."""
    return str(num2words(number, lang="en")).replace(" and ", " ").replace(",", "")


def ordinal_in_words(number: int) -> str:
    """Write an ordinal in words: 6 -> "sixth", 21 -> "twenty-first"."""
    return str(num2words(number, lang="en", to="ordinal")).replace(" and ", " ").replace(",", "")


def _value(words: Sequence[str]) -> int | None:
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        return None
