"""A simulated learner whose memory follows a known FSRS parameter set, for testing the optimiser.

Each card is first seen on a day, then reviewed at about the interval the true model asks for (scattered
from half to 1.6 times, as real students are early and late); it is recalled with the true model's
retrievability, and a recall is graded Hard, Good or Easy at fixed odds. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random

import fsrs_rs_python as fsrs_rs

from quizapp.db import db
from quizapp.models import Deck, Question, Review, User
from quizapp.optimizer import DEFAULT_PARAMETERS, ReviewEvent

GRADES = ("again", "hard", "good", "easy")
# A learner quite unlike FSRS's average one: first memories three times as stable, a slower forgetting curve.
TRUE_PARAMETERS = list(DEFAULT_PARAMETERS)
for index, factor in ((0, 3.0), (1, 2.5), (2, 2.0), (3, 2.0)):
    TRUE_PARAMETERS[index] *= factor
TRUE_PARAMETERS[8] += 0.4
TRUE_PARAMETERS[20] = 0.4


def recall_probability(days: int, stability: float, weights: list[float]) -> float:
    """Return FSRS-6's retrievability after `days` at `stability`, with the weights' own decay."""
    decay = -weights[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * days / stability) ** decay


def simulated_log(
    cards: int = 200, reviews_per_card: int = 7, seed: int = 12, new_per_day: int = 20
) -> list[ReviewEvent]:
    """Return the review log of the simulated learner: `cards` × `reviews_per_card` events."""
    rng, model = random.Random(seed), fsrs_rs.FSRS(TRUE_PARAMETERS)
    events = []
    for card in range(cards):
        day = card // new_per_day
        first = rng.choices([1, 2, 3, 4], [0.2, 0.1, 0.5, 0.2])[0]
        memory = getattr(model.next_states(None, 0.9, 0), GRADES[first - 1]).memory
        events.append(ReviewEvent(f"card-{card:04d}", day, first))
        for _ in range(reviews_per_card - 1):
            interval = max(1, round(model.next_interval(memory.stability, 0.9, 3) * rng.uniform(0.5, 1.6)))
            recalled = rng.random() < recall_probability(interval, memory.stability, TRUE_PARAMETERS)
            rating = rng.choices([2, 3, 4], [0.15, 0.7, 0.15])[0] if recalled else 1
            memory = getattr(model.next_states(memory, 0.9, interval), GRADES[rating - 1]).memory
            day += interval
            events.append(ReviewEvent(f"card-{card:04d}", day, rating))
    return events


def add_questions(cards: list[str]) -> None:
    """Add a deck of synthetic questions with these ids (once), flushed before any review points at them."""
    if db.session.get(Deck, "synthetic") is None:
        db.session.add(Deck(key="synthetic", title="Synthetic cards", file="questions/synthetic.yaml"))
        db.session.add_all(
            Question(
                id=card,
                deck_key="synthetic",
                position=n,
                type="flashcard",
                prompt=f"Synthetic prompt {n}",
                answer=f"answer {n}",
            )
            for n, card in enumerate(cards)
        )
        db.session.flush()


def store_log(user: User, events: list[ReviewEvent], first_day: dt.date) -> None:
    """Write the events as the user's reviews of a deck of synthetic questions, each at noon UTC of its day."""
    add_questions(sorted({event.card for event in events}))
    noon = dt.datetime.combine(first_day, dt.time(12), dt.UTC)
    db.session.add_all(
        Review(
            user_id=user.id,
            question_id=event.card,
            rating=event.rating,
            state_before=None,
            state_after={"state": 2},
            reviewed_at=noon + dt.timedelta(days=event.day),
            duration_ms=8000,
        )
        for event in events
    )
    db.session.commit()
