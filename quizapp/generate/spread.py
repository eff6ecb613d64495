"""Pick three distractors so that nothing in the options points at the answer.

A test-wise student who sees only the options tries the middle date, the earliest or latest year,
the longest name, or the option that shares most parts with the others. Each of those wins only by
chance when the answer's place among the four options, ordered by value (or by length), comes up
equally often at each rank, when every distractor differs from the answer in every part, and when the
answer is not the one value that breaks the others' even spacing.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random

SLACK = 2  # how far one rank may run ahead of the rarest before a question that can only take it gets no options
TRIES = 20  # draws of three before taking the last, when every draw lets the answer stand out


def seeded(key: str) -> random.Random:
    """Return a random generator seeded by a text, the same on every run and machine."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def pick_spread(
    answer_key: float,
    candidates: list[tuple[float, str]],
    question_id: str,
    target: int,
    counts: list[int] | None = None,
) -> list[str] | None:
    """Return three candidates that put the answer at rank `target` (0-3) among the four, or the nearest rank
    the candidates allow (None if there are fewer than three).

    `candidates` are (sort key, text); a candidate with the answer's key is never taken. Callers deal
    the targets in turn (0, 1, 2, 3, 0, ...), so over a deck every rank comes up equally often. With
    `counts` (how often each rank has been given so far, updated here), the least given rank the
    candidates allow wins: when a question can only take some ranks (no option before the story's
    date), the others make up for it.
    """
    rng = seeded(question_id + "/rank")
    unique: dict[float, str] = {}
    for value, text in candidates:
        unique.setdefault(value, text)
    below = [(v, t) for v, t in unique.items() if v < answer_key]
    above = [(v, t) for v, t in unique.items() if v > answer_key]
    feasible = [r for r in range(4) if len(below) >= r and len(above) >= 3 - r]
    if not feasible:
        return None
    if counts is not None:
        dealt = deal_rank(feasible, counts, target)
        if dealt is None:
            return None
        rank = dealt
    else:
        rank = min(feasible, key=lambda r: (abs(r - target), r))
    for _ in range(TRIES):
        picked = rng.sample(below, rank) + rng.sample(above, 3 - rank)
        if not stands_out(answer_key, [v for v, _ in picked]):
            break
    return [text for _, text in picked]


def deal_rank(feasible: list[int], counts: list[int], target: int) -> int | None:
    """Return the least given rank the options allow and count it, or None when even that rank has come up
    SLACK times more than the rarest: a bank whose questions can only put the answer first (no option
    before the story's date) would let "pick the earliest" win, so such a question gets no options."""
    rank = min(feasible, key=lambda r: (counts[r], abs(r - target), r))
    if counts[rank] >= min(counts) + SLACK:
        return None
    counts[rank] += 1
    return rank


def stands_out(answer: float, others: list[float]) -> bool:
    """Say whether the answer is the one value off an evenly spaced run of the other three (8, 9 and 10
    yen, then 15), or stands much farther from its neighbours than any other option does."""
    run = sorted(others)
    steps = [b - a for a, b in itertools.pairwise(run)]
    if (
        steps[0] > 0
        and math.isclose(steps[0], steps[1])
        and not any(math.isclose(abs(answer - end), steps[0]) for end in (run[0], run[-1]))
    ):
        return True
    values = [answer, *others]
    nearest = [min(abs(v - w) for j, w in enumerate(values) if j != i) for i, v in enumerate(values)]
    return nearest[0] > 2 * max(nearest[1:])
