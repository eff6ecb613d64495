"""Pick three distractors so that nothing in the options points at the answer.

A test-wise student who sees only the options tries the middle date, the earliest or latest year,
the longest name, or the option that shares most parts with the others. Each of those wins only by
chance when the answer's place among the four options, ordered by value (or by length), comes up
equally often at each rank, and when every distractor differs from the answer in every part.
"""

from __future__ import annotations

import hashlib
import random


def seeded(key: str) -> random.Random:
    """Return a random generator seeded by a text, the same on every run and machine."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def pick_spread(answer_key: float, candidates: list[tuple[float, str]], question_id: str,
                target: int, counts: list[int] | None = None) -> list[str] | None:
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
        rank = min(feasible, key=lambda r: (counts[r], abs(r - target), r))
        counts[rank] += 1
    else:
        rank = min(feasible, key=lambda r: (abs(r - target), r))
    picked = rng.sample(below, rank) + rng.sample(above, 3 - rank)
    return [text for _, text in picked]
