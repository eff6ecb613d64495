"""Read an amount as written ("US$2 million", "about 300", "five percent") and write others like it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
               "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "a hundred": 100, "one hundred": 100}
VALUE_WORDS = {v: w for w, v in WORD_VALUES.items() if w != "one hundred"}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Regex alternatives shared with the number finder (numbers.py), so every amount it finds can be read here.
APPROX_WORDS = ("about|around|approximately|nearly|almost|roughly|over|some|more than|less than|fewer than|"
                "up to|at least|at most")
CURRENCIES = r"US\$|A\$|C\$|\$|€|£|¥"
NUMERAL = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(WORD_VALUES)
SCALE_WORDS = "|".join(SCALES)
_AMOUNT = re.compile(rf"^(?P<prefix>(?:{APPROX_WORDS}) )?(?P<currency>{CURRENCIES})?(?P<number>{NUMERAL})"
                     rf"(?P<scale> (?:{SCALE_WORDS}))?(?P<unit>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """An amount split into its parts, so another value can be written the same way."""

    value: float  # the number times its scale
    number: float  # the number as written, before "million"
    prefix: str
    currency: str
    scale: str
    unit: str  # " percent", "%", " tons", " dollars", or ""
    style: str  # "words", "commas" or "digits"
    decimals: int

    def with_number(self, number: float) -> str:
        """Write another number in this amount's form (same prefix, currency, scale and unit)."""
        return f"{self.prefix}{self.currency}{self._write(number)}{self.scale}{self.unit}"

    def _write(self, number: float) -> str:
        """Write a bare number in this amount's style."""
        if self.style == "words" and number in VALUE_WORDS:
            return VALUE_WORDS[number]
        if self.decimals:
            return f"{number:.{self.decimals}f}"
        if self.style == "commas" or (self.style == "words" and number >= 1000):
            return f"{int(number):,}"
        return str(int(number))

    @property
    def kind_key(self) -> str:
        """Return what must match for two amounts to be of the same kind: currency, scale and unit."""
        return f"{self.currency.casefold()}|{self.scale.strip()}|{self.unit.strip().casefold()}"


def parse_amount(text: str) -> Amount | None:
    """Split an amount's text into parts; None when it is not a plain amount."""
    match = _AMOUNT.match(text.strip())
    if match is None:
        return None
    raw = match.group("number")
    if raw.lower() in WORD_VALUES:
        number, style, decimals = float(WORD_VALUES[raw.lower()]), "words", 0
    else:
        number = float(raw.replace(",", ""))
        style = "commas" if "," in raw else "digits"
        decimals = len(raw.split(".")[1]) if "." in raw else 0
    scale = match.group("scale") or ""
    value = number * SCALES.get(scale.strip().lower(), 1)
    return Amount(value, number, match.group("prefix") or "", match.group("currency") or "", scale,
                  match.group("unit") or "", style, decimals)


def nearby_numbers(number: float, count: int = 12, decimals: int = 0) -> list[float]:
    """Return plausible other values of the same magnitude, closest first (never the number itself)."""
    if number <= 0:
        return []
    if decimals:
        step = 10 ** math.floor(math.log10(number)) / (2 if number >= 1 else 1)
        pool = [round(number + k * step, decimals) for k in range(-6, 7) if k]
        return sorted((p for p in pool if p > 0), key=lambda n: (abs(n - number), n))[:count]
    if number < 10:
        pool = [n for n in range(2, 13) if n != number]
        return sorted(pool, key=lambda n: (abs(n - number), n))[:count]
    magnitude = 10 ** (len(str(int(number))) - 1)
    step = magnitude / 2 if number / magnitude < 3 else magnitude
    if number < 100:
        step = 5 if number < 40 else 10
    candidates = {round(number + k * step, 6) for k in range(-6, 7) if k} | {round(number * f, 6) for f in (0.5, 2)}
    pool = [c for c in candidates if c > 0 and c != number and (c == int(c))]
    return sorted(pool, key=lambda n: (abs(n - number), n))[:count]
