"""Write amount distractors: amounts of the same unit and magnitude as the answer, or changes that go its way."""

from __future__ import annotations

import math
import re

from quizapp.generate.facts import Fact
from quizapp.generate.quantities import Amount, nearby_numbers, parse_amount

COUNTRIES_IN_THE_WORLD = 195  # UN members and observers


def number_candidates(fact: Fact, amounts: list[Amount]) -> list[str]:
    """Return amounts of the same unit and magnitude, written in the answer's form, closest first."""
    if fact.subkind == "change":
        return _change_candidates(fact)
    if fact.subkind == "vague":
        return []  # "hundreds", "twice": no amount to write others like it
    amount = parse_amount(fact.gaps[0].shown)
    if amount is None or (amount.unit and amount.unit[0] not in " %"):
        return []  # "tens of thousands" read as "ten" + "s of thousands"
    if amount.value < 10 and not amount.decimals:
        return []  # "two, five, eight or eleven league titles": small counts make options nobody would weigh
    # Rounded to the answer's precision, so "eleven" is offered beside "seven", never beside "6.6" written "7".
    numbers = {round(n, amount.decimals) for n in nearby_numbers(amount.number, decimals=amount.decimals)}
    numbers |= (
        {
            round(a.number, amount.decimals)
            for a in amounts
            if a.kind_key == amount.kind_key and a.value > 0 and 0.2 <= a.value / amount.value <= 5
        }
        if amount.value
        else set()
    )
    limit = _limit(fact, amount)
    floor = _part_of_total(fact)  # "200 out of ____": the whole is more than its part
    # Never exactly half or double the answer: the one option another one doubles gives itself away (round 18).
    numbers = {
        n
        for n in numbers
        if n != amount.number
        and floor < n <= limit
        and not math.isclose(n * 2, amount.number)
        and not math.isclose(n, amount.number * 2)
    }
    ranked = sorted(numbers, key=lambda n: (abs(math.log(n / amount.number)), n))
    return [amount.with_number(n) for n in ranked]


def _limit(fact: Fact, amount: Amount) -> float:
    """Return the largest sensible value: the whole of an "X out of Y", 100 for a percentage, the world's
    number of countries for a count of countries."""
    counted = fact.unit.doc[fact.token_end].lower_ if fact.token_end < len(fact.unit.doc) else ""
    if counted in ("countries", "states", "nations"):
        return COUNTRIES_IN_THE_WORLD
    if fact.subkind == "ratio":
        total = parse_amount(fact.detail.get("total", "")) if fact.detail.get("total") else None
        return (total.number - 1) if total else math.inf
    return 99 if fact.subkind == "percent" else math.inf  # "100 percent" is no plausible option


def _part_of_total(fact: Fact) -> float:
    """Return the part of an "X out of ____" total (0 when the answer is no such total)."""
    if fact.subkind != "total":
        return 0.0
    before = fact.unit.text[: fact.gaps[0].start]
    match = re.search(r"([\d,.]+)\s+(?:\w+\s+){0,2}out of\s*$", before)
    return float(match.group(1).replace(",", "")) if match else 0.0


def _change_candidates(fact: Fact) -> list[str]:
    """Return other "from X to Y" pairs that change in the same direction."""
    if len(fact.gaps) != 2:
        return []
    start, end = (parse_amount(g.shown) for g in fact.gaps)
    if start is None or end is None:
        return []
    falling = start.value > end.value
    pairs = []
    for a, b in zip(
        nearby_numbers(start.number, decimals=start.decimals),
        nearby_numbers(end.number, decimals=end.decimals),
        strict=False,
    ):
        if (a * _scale(start) > b * _scale(end)) == falling:
            pairs.append(f"{start.with_number(a)} to {end.with_number(b)}")
    return pairs


def _scale(amount: Amount) -> float:
    """Return what an amount's number is multiplied by ("million" -> 1e6)."""
    return amount.value / amount.number if amount.number else 1
