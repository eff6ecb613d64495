"""Rank options as a test-wise student would: by date, by amount, or by rung of a vague amount's ladder."""

from __future__ import annotations

from quizapp.generate.datevariants import date_key
from quizapp.generate.facts import DATE, Fact
from quizapp.generate.quantities import parse_amount

# Vague amounts are asked on their own ladder: a student picks the order of magnitude.
LADDERS = (
    ("dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions"),
    ("a few dozen", "a few hundred", "a few thousand", "a few hundred thousand", "a few million"),
    ("several dozen", "several hundred", "several thousand", "several hundred thousand", "several million"),
    ("once", "twice", "three times", "four times", "five times"),
)


def option_value(fact: Fact, text: str) -> float:
    """Return what a test-wise student would rank options by: the date, the amount, or the rung of a ladder."""
    if fact.subkind == "vague":
        for ladder in LADDERS:
            if text.casefold() in ladder:
                return float(ladder.index(text.casefold()))
    if fact.kind == DATE:
        return date_key(text)
    amount = parse_amount(text.split(" to ")[0])
    return amount.value if amount is not None else 0.0


def order_choices(fact: Fact, distractors: list[str]) -> list[str]:
    """Return the four options in order of value (the earliest date, the smallest amount first)."""
    return sorted([fact.answer, *distractors], key=lambda o: option_value(fact, o))
