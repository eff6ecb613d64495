"""Learning and relearning steps in Anki's form: "1m 10m", "30s 5m 1h 1d" (empty means no steps).

Each step is a number and a unit: s(econds), m(inutes), h(ours) or d(ays). As in Anki, a step may be a
decimal ("1.5m") and must be positive; steps need not grow. Flask-free, so the scheduler and the form share it.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["StepsError", "format_steps", "parse_steps"]

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
STEP = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
MAX_STEPS = 20
LONGEST_STEP = dt.timedelta(days=365)


class StepsError(ValueError):
    """A step list that is not in Anki's form; the message names the step and says what to write."""


def parse_steps(text: str) -> tuple[dt.timedelta, ...]:
    """Return the steps a text such as "1m 10m" lists; raise StepsError naming the first bad one."""
    words = (text or "").replace(",", " ").split()
    if len(words) > MAX_STEPS:
        raise StepsError(f"At most {MAX_STEPS} steps.")
    steps = []
    for word in words:
        match = STEP.match(word.lower())
        if match is None:
            raise StepsError(f'"{word}" is not a step: write a number and a unit (s, m, h or d), as in "1m 10m".')
        step = dt.timedelta(seconds=float(match.group(1)) * UNITS[match.group(2)])
        if step <= dt.timedelta(0) or step > LONGEST_STEP:
            raise StepsError(f'"{word}": a step must be longer than 0 and at most 365d.')
        steps.append(step)
    return tuple(steps)


def format_steps(steps: tuple[dt.timedelta, ...]) -> str:
    """Return steps in Anki's form, each in the largest unit that divides it ("1m 10m", "1d")."""
    return " ".join(_format(step) for step in steps)


def _format(step: dt.timedelta) -> str:
    seconds = step.total_seconds()
    for unit in ("d", "h", "m"):
        if seconds % UNITS[unit] == 0:
            return f"{int(seconds // UNITS[unit])}{unit}"
    return f"{seconds:g}s"
