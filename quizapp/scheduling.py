"""FSRS-6 scheduling as Anki does it, free of Flask and the database: review, preview, undo snapshot.

A card's memory is a plain `Memory` value; the web layer converts it to and from its `CardState` row.
The fsrs package computes the memory state; around it, three things are done the way Anki does them:
- time since the last review is counted in study days (`StudyClock`), not in 24-hour blocks;
- review intervals get Anki's fuzz and its Hard < Good < Easy rule (`intervals`), with a fuzz draw
  seeded by the card and its review count, so a grade button's preview is exactly what it then gives;
- a review card falls due at the start of a study day in the user's zone, so a DST change moves nothing.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from quizapp.intervals import fuzz_factor, fuzzed, passing_review_days
from quizapp.studyclock import UTC, StudyClock

__all__ = [
    "Memory",
    "Rating",
    "Settings",
    "State",
    "StudyClock",
    "due_label",
    "fuzz_seed",
    "interval_label",
    "preview",
    "review",
]
PASSING = (Rating.Hard, Rating.Good, Rating.Easy)


@dataclass(frozen=True)
class Settings:
    """A user's scheduling settings, with the calendar their study days follow."""

    desired_retention: float = 0.9
    learning_steps: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=1), dt.timedelta(minutes=10))
    relearning_steps: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=10),)
    maximum_interval: int = 36500
    clock: StudyClock = field(default_factory=StudyClock)
    # The user's optimised FSRS weights (quizapp.optimizer); None runs the package's defaults.
    parameters: tuple[float, ...] | None = None

    def scheduler(self) -> Scheduler:
        """Return the fsrs scheduler for these settings; fuzz is applied here, as Anki does it."""
        weights = {"parameters": self.parameters} if self.parameters else {}
        return Scheduler(
            **weights,
            desired_retention=self.desired_retention,
            learning_steps=self.learning_steps,
            relearning_steps=self.relearning_steps,
            maximum_interval=self.maximum_interval,
            enable_fuzzing=False,
        )


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
        return cls(
            state=State(int(data["state"])),
            step=data.get("step"),
            stability=data.get("stability"),
            difficulty=data.get("difficulty"),
            due=dt.datetime.fromisoformat(data["due"]),
            last_review=dt.datetime.fromisoformat(last) if last else None,
            reps=int(data.get("reps", 0)),
            lapses=int(data.get("lapses", 0)),
        )


def fuzz_seed(card_key: str, reps: int) -> int:
    """Return the fuzz seed for a card's next review: stable for one card and review count."""
    return zlib.crc32(f"{card_key}#{reps}".encode())


def review(memory: Memory | None, rating: Rating, now: dt.datetime, settings: Settings, seed: int) -> Memory:
    """Return the card's state after answering with `rating` at `now` (memory None = a new card)."""
    return preview(memory, now, settings, seed)[Rating(rating)]


def preview(memory: Memory | None, now: dt.datetime, settings: Settings, seed: int) -> dict[Rating, Memory]:
    """Return what each of the four grades would make of the card, changing nothing."""
    now = now.astimezone(UTC)
    before = memory or Memory(State.Learning, 0, None, None, now, None)
    scheduler, card = settings.scheduler(), _to_card(before, now, settings.clock)
    after = {rating: scheduler.review_card(card, rating, review_datetime=now)[0] for rating in Rating}
    days = _review_days(before, after, now, settings, fuzz_factor(seed))
    clock, today = settings.clock, settings.clock.day_of(now)
    return {
        rating: Memory(
            state=new.state,
            step=new.step,
            stability=new.stability,
            difficulty=new.difficulty,
            due=clock.start_of(today + dt.timedelta(days=days[rating])) if rating in days else new.due,
            last_review=now,
            reps=before.reps + 1,
            lapses=before.lapses + (before.state == State.Review and rating == Rating.Again),
        )
        for rating, new in after.items()
    }


def due_label(memory: Memory, now: dt.datetime, clock: StudyClock) -> str:
    """Return the interval a grade button shows: study days for a review card, else the time to its next step."""
    if memory.state == State.Review:
        return interval_label(dt.timedelta(days=clock.days_between(now, memory.due)))
    return interval_label(memory.due - now)


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


def _to_card(memory: Memory, now: dt.datetime, clock: StudyClock) -> Card:
    """Return the fsrs card to review at `now`, its last review set back by the study days since (as Anki counts)."""
    last = memory.last_review
    if last is not None:
        last = now - dt.timedelta(days=clock.days_between(last, now))
    # card_id is only used by fsrs for its review logs; giving one avoids its 1 ms sleep per new Card.
    return Card(
        card_id=1,
        state=memory.state,
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=last,
    )


def _review_days(
    before: Memory, after: dict[Rating, Card], now: dt.datetime, settings: Settings, factor: float
) -> dict[Rating, int]:
    """Return the days until due of each grade that leaves the card in review, fuzzed and ordered as in Anki."""
    maximum = settings.maximum_interval
    asked = {rating: (card.due - now).days for rating, card in after.items() if card.state == State.Review}
    if before.state == State.Review and all(rating in asked for rating in PASSING):
        clock = settings.clock
        previous = (clock.day_of(before.due) - clock.day_of(before.last_review)).days if before.last_review else 0
        hard, good, easy = passing_review_days(
            asked[Rating.Hard], asked[Rating.Good], asked[Rating.Easy], max(previous, 0), maximum, factor
        )
        # Again on a review card with no relearning steps stays in review, unfuzzed (FSRS in Anki).
        return {
            **({Rating.Again: asked[Rating.Again]} if Rating.Again in asked else {}),
            Rating.Hard: hard,
            Rating.Good: good,
            Rating.Easy: easy,
        }
    # A card leaving (re)learning: each grade fuzzed alone, Easy kept above a graduating Good.
    days = {rating: fuzzed(interval, 1, maximum, factor) for rating, interval in asked.items()}
    if Rating.Easy in days and Rating.Good in days:
        days[Rating.Easy] = fuzzed(asked[Rating.Easy], days[Rating.Good] + 1, maximum, factor)
    return days
