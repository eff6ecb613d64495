"""FSRS-6 scheduling, free of Flask and the database: review a card, preview the four grades, snapshot for undo.

A card's memory is a plain `Memory` value; the web layer converts it to and from its `CardState` row.
Fuzz (the small random spread of review intervals) is drawn from a seed made of the card and its
review count, as Anki does, so the interval a grade button previews is exactly the one it then gives.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import asdict, dataclass
from typing import Any

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

__all__ = ["Memory", "Rating", "Settings", "State", "fuzz_seed", "interval_label", "preview", "review"]


@dataclass(frozen=True)
class Settings:
    """A user's scheduling settings."""

    desired_retention: float = 0.9
    learning_steps: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=1), dt.timedelta(minutes=10))
    relearning_steps: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=10),)
    maximum_interval: int = 36500


@dataclass(frozen=True)
class Memory:
    """A card's FSRS memory state plus its review and lapse counts; the undo snapshot is its dict."""

    state: State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: dt.datetime
    last_review: dt.datetime | None
    reps: int = 0
    lapses: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-safe snapshot of this state."""
        data = asdict(self)
        data["state"] = int(self.state)
        data["due"] = self.due.isoformat()
        data["last_review"] = self.last_review.isoformat() if self.last_review else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Memory:
        """Rebuild the state a snapshot was taken of."""
        last = data.get("last_review")
        return cls(state=State(int(data["state"])), step=data.get("step"), stability=data.get("stability"),
                   difficulty=data.get("difficulty"), due=dt.datetime.fromisoformat(data["due"]),
                   last_review=dt.datetime.fromisoformat(last) if last else None,
                   reps=int(data.get("reps", 0)), lapses=int(data.get("lapses", 0)))


def fuzz_seed(card_key: str, reps: int) -> int:
    """Return the fuzz seed for a card's next review: stable for one card and review count."""
    return zlib.crc32(f"{card_key}#{reps}".encode())


def review(memory: Memory | None, rating: Rating, now: dt.datetime, settings: Settings, seed: int) -> Memory:
    """Return the card's state after answering with `rating` at `now` (memory None = a new card)."""
    scheduler = Scheduler(desired_retention=settings.desired_retention, learning_steps=settings.learning_steps,
                          relearning_steps=settings.relearning_steps, maximum_interval=settings.maximum_interval,
                          enable_fuzzing=False)
    now = now.astimezone(dt.timezone.utc)
    before = memory or Memory(State.Learning, 0, None, None, now, None)
    card, _ = scheduler.review_card(_to_card(before), Rating(rating), review_datetime=now)
    due = card.due
    if card.state == State.Review:
        # fsrs fuzzes only intervals of review cards; same rule here, with our seeded draw.
        due = now + _fuzzed(card.due - now, settings.maximum_interval, random.Random(seed))
    lapsed = before.state == State.Review and rating == Rating.Again
    return Memory(state=card.state, step=card.step, stability=card.stability, difficulty=card.difficulty,
                  due=due, last_review=card.last_review, reps=before.reps + 1, lapses=before.lapses + lapsed)


def preview(memory: Memory | None, now: dt.datetime, settings: Settings, seed: int) -> dict[Rating, Memory]:
    """Return what each of the four grades would make of the card, changing nothing."""
    return {rating: review(memory, rating, now, settings, seed) for rating in Rating}


def interval_label(interval: dt.timedelta) -> str:
    """Return a short label for an interval, like the grade buttons show: "1m", "10m", "3h", "8d", "2.5mo"."""
    seconds = max(interval.total_seconds(), 0)
    minutes, hours, days = seconds / 60, seconds / 3600, seconds / 86400
    if minutes < 1:
        return "<1m"
    if hours < 1:
        return f"{round(minutes)}m"
    if days < 1:
        return f"{round(hours)}h"
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return _trim(days / 30) + "mo"
    return _trim(days / 365) + "y"


def _trim(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _to_card(memory: Memory) -> Card:
    # card_id is only used by fsrs for its review logs; giving one avoids its 1 ms sleep per new Card.
    return Card(card_id=1, state=memory.state, step=memory.step, stability=memory.stability,
                difficulty=memory.difficulty, due=memory.due, last_review=memory.last_review)


def _fuzzed(interval: dt.timedelta, maximum: int, rng: random.Random) -> dt.timedelta:
    """Spread a review interval as fsrs does (same ranges), drawing from `rng` instead of the global random."""
    days = interval.days
    if days < 2.5:
        return interval
    delta = 1.0 + sum(r["factor"] * max(min(float(days), r["end"]) - r["start"], 0.0) for r in FUZZ_RANGES)
    high = min(round(days + delta), maximum)
    low = min(max(2, round(days - delta)), high)
    return dt.timedelta(days=min(round(rng.random() * (high - low + 1) + low), maximum))

