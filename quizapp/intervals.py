"""Review intervals in whole days, as Anki's scheduler sets them: fuzz, and Hard < Good < Easy.

A port of Anki's rslib `scheduler/states/fuzz.rs` and the FSRS branch of `states/review.rs`: the
interval FSRS asks for is spread over a range that widens with its length (1 day plus 15 % of the days
between 2.5 and 7, 10 % of those between 7 and 20, 5 % beyond), with an even chance for each day in it
(`floor`), and a passing review never gives Hard the same day count as Good, or Good as Easy. The ranges are
Anki's own, written here rather than read from the fsrs package's private constants.
"""

from __future__ import annotations

import math
import random

# (start, end, factor): Anki's FUZZ_RANGES.
FUZZ_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, math.inf, 0.05))


def fuzz_factor(seed: int) -> float:
    """Return the card's fuzz draw in [0, 1), fixed by its seed, so a preview and its review agree."""
    return random.Random(seed).random()


def fuzz_delta(interval: float) -> float:
    """Return how many days fuzz may move an interval either way (none below 2.5 days)."""
    if interval < 2.5:
        return 0.0
    return 1.0 + sum(factor * max(min(interval, end) - start, 0.0) for start, end, factor in FUZZ_RANGES)


def fuzz_bounds(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """Return the first and last day fuzz may pick, kept within [minimum, maximum] (Anki's constrained bounds)."""
    minimum = min(minimum, maximum)
    interval = min(max(interval, minimum), maximum)
    delta = fuzz_delta(interval)
    lower = min(max(_round(interval - delta), minimum), maximum)
    upper = min(max(_round(interval + delta), minimum), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def fuzzed(interval: float, minimum: int, maximum: int, factor: float | None) -> int:
    """Return the interval in days after fuzz, each day of the range equally likely; no fuzz when factor is None."""
    minimum, maximum = _limits(minimum, maximum)
    if factor is None:
        return min(max(_round(interval), minimum), maximum)
    lower, upper = fuzz_bounds(interval, minimum, maximum)
    return math.floor(lower + factor * (1 + upper - lower))


def passing_review_days(
    hard: float, good: float, easy: float, previous: int, maximum: int, factor: float | None
) -> tuple[int, int, int]:
    """Return the days Hard, Good and Easy give a card in review, each at least a day above the one before."""
    hard_days = fuzzed(hard, max(_least(hard, previous, maximum), 1), maximum, factor)
    good_days = fuzzed(good, max(_least(good, previous, maximum), hard_days + 1), maximum, factor)
    easy_days = fuzzed(easy, max(_least(easy, previous, maximum), good_days + 1), maximum, factor)
    return hard_days, good_days, easy_days


def _least(interval: float, previous: int, maximum: int) -> int:
    """Return the shortest interval fuzz may give, so it never shortens one that should grow (Anki's rule)."""
    _, upper = fuzz_bounds(interval, 1, maximum)
    if _round(interval) > previous:
        return previous + 1
    return previous if previous <= upper else 0


def _limits(minimum: int, maximum: int) -> tuple[int, int]:
    maximum = max(maximum, 1)
    return min(max(minimum, 1), maximum), maximum


def _round(value: float) -> int:
    """Round half away from zero, as Rust's f32::round does (Python's round() rounds half to even)."""
    return math.floor(value + 0.5)
