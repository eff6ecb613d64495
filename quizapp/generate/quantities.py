"""Read an amount as written ("US$2 million", "about 300", "five percent") and write others like it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from quizapp.numberwords import SCALES, number_from_words, number_in_words
from quizapp.vocabulary import CURRENCY_SIGNS

# The words of the numbers two to ninety-nine, as the app's number-word library writes them ("one" counts
# nothing worth asking: "one of five clubs"); longest first, so "seventeen" wins over "seven".
_WORDS = sorted({w for n in range(2, 100) for w in number_in_words(n).split("-")} - {"one"}, key=len, reverse=True)
WORD_NUMERAL = rf"(?:a hundred|one hundred|(?:{'|'.join(_WORDS)})(?:-(?:{'|'.join(_WORDS)}))?)"
# Regex alternatives shared with the number finder (numbers.py), so every amount it finds can be read here.
APPROX_WORDS = (
    "about|around|approximately|nearly|almost|roughly|over|some|more than|less than|fewer than|up to|at least|at most"
)
CURRENCIES = "|".join(map(re.escape, CURRENCY_SIGNS))  # US\$|A\$|C\$|\$|€|£|¥
NUMERAL = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + WORD_NUMERAL
SCALE_WORDS = "|".join(SCALES)
_AMOUNT = re.compile(
    rf"^(?P<prefix>(?:{APPROX_WORDS}) )?(?P<currency>{CURRENCIES})?(?P<number>{NUMERAL})"
    rf"(?P<scale> (?:{SCALE_WORDS}))?(?P<unit>.*)$",
    re.IGNORECASE,
)


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
        if self.style == "words" and number == int(number) and 2 <= number < 100:
            return number_in_words(int(number))
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
    spelled = raw.lower().replace("-", " ").removeprefix("a ")  # "a hundred" reads as "hundred"
    read = number_from_words(spelled.split()) if raw[:1].isalpha() else None
    if read is not None:
        number, style, decimals = float(read[0]), "words", 0
    else:
        number = float(raw.replace(",", ""))
        style = "commas" if "," in raw else "digits"
        decimals = len(raw.split(".")[1]) if "." in raw else 0
    scale = match.group("scale") or ""
    value = number * SCALES.get(scale.strip().lower(), 1)
    return Amount(
        value,
        number,
        match.group("prefix") or "",
        match.group("currency") or "",
        scale,
        match.group("unit") or "",
        style,
        decimals,
    )


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
    # Scaled, then rounded to the answer's own precision: 2,679 gives 2,009 and 4,018, never the digit swaps
    # 2,179 and 3,179 that share its "679" and so point at it.
    digits = max(1, len(str(int(number)).rstrip("0")))
    candidates = {_round_to(number * f, digits) for f in (0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.6, 2)}
    pool = [c for c in candidates if c > 0 and c != number]
    return sorted(pool, key=lambda n: (abs(n - number), n))[:count]


def _round_to(value: float, digits: int) -> float:
    """Round a value to `digits` significant digits (2,009.25 to four digits is 2,009)."""
    magnitude = math.floor(math.log10(value))
    return float(round(value, digits - 1 - magnitude))
