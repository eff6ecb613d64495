"""Optimise a user's FSRS parameters from their own review log, with fsrs-rs (the optimiser Anki runs).

The log becomes fsrs-rs training items as Anki builds them: one item per review that came at least a study
day after the card's previous one, holding the card's history up to it, with the days between reviews
counted in the user's study days. Parameters are evaluated as Anki's "Evaluate" does (log loss, and RMSE
over bins of predicted recall), and new ones are kept only when they predict the user's own answers better.
No Flask here: the web page and `quizapp optimize USER` call `optimise`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import fsrs_rs_python as fsrs_rs
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizapp.models import Review, User
from quizapp.studyclock import StudyClock

__all__ = [
    "DEFAULT_PARAMETERS",
    "MIN_REVIEWS",
    "Evaluation",
    "Optimisation",
    "ReviewEvent",
    "evaluate",
    "optimal_retention",
    "optimise",
    "parameters_of",
    "review_count",
    "training_items",
]

# Anki's optimiser falls back on the defaults for small logs; a few hundred reviews are the least that moves
# 21 weights with any confidence, so the Optimise button waits for them.
MIN_REVIEWS = 400
DEFAULT_PARAMETERS = tuple(round(w, 6) for w in fsrs_rs.DEFAULT_PARAMETERS)
SEED = 2023  # fsrs-rs's own default: the same log gives the same parameters


@dataclass(frozen=True)
class ReviewEvent:
    """One answer as the optimiser sees it: which card, on which study day (an ordinal), and the grade."""

    card: str
    day: int
    rating: int


@dataclass(frozen=True)
class Evaluation:
    """How well parameters predict the log: log loss and RMSE (bins), lower is better for both."""

    log_loss: float
    rmse_bins: float

    def better_than(self, other: Evaluation) -> bool:
        """Tell whether these figures beat `other`: lower log loss, and RMSE no worse."""
        return self.log_loss < other.log_loss and self.rmse_bins <= other.rmse_bins


@dataclass(frozen=True)
class Optimisation:
    """The outcome of one run: figures before and after, the parameters found, and whether they were kept."""

    reviews: int
    items: int
    before: Evaluation
    after: Evaluation
    parameters: tuple[float, ...]
    kept: bool


def parameters_of(user: User) -> tuple[float, ...]:
    """Return the FSRS parameters the user's scheduler runs on: their optimised ones, or the defaults."""
    return tuple(user.fsrs_parameters) if user.fsrs_parameters else DEFAULT_PARAMETERS


def review_count(session: Session, user: User) -> int:
    """Count the user's reviews, as the Optimise button's threshold counts them."""
    return session.scalar(select(func.count()).select_from(Review).where(Review.user_id == user.id)) or 0


def training_items(events: Iterable[ReviewEvent]) -> list[fsrs_rs.FSRSItem]:
    """Turn review events into fsrs-rs items: each review a day or more after the previous one, with its history."""
    items = []
    ordered = sorted(events, key=lambda event: (event.card, event.day))
    for _, group in itertools.groupby(ordered, key=lambda event: event.card):
        history, previous = [], None
        for event in group:
            delta = 0 if previous is None else event.day - previous
            history.append(fsrs_rs.FSRSReview(event.rating, delta))
            previous = event.day
            if len(history) > 1 and delta > 0:
                items.append(fsrs_rs.FSRSItem(list(history)))
    return items


def evaluate(parameters: Iterable[float], items: list[fsrs_rs.FSRSItem]) -> Evaluation:
    """Evaluate parameters on the items, as Anki's Evaluate button does."""
    result = fsrs_rs.FSRS(list(parameters)).evaluate(items)
    return Evaluation(round(result.log_loss, 4), round(result.rmse_bins, 4))


def user_events(session: Session, user: User) -> list[ReviewEvent]:
    """Read the user's review log as events, days counted in their own study days."""
    clock = StudyClock(user.timezone, user.day_starts_at_hour)
    rows = session.execute(
        select(Review.question_id, Review.reviewed_at, Review.rating)
        .where(Review.user_id == user.id)
        .order_by(Review.question_id, Review.reviewed_at)
    )
    return [ReviewEvent(card, clock.day_of(at).toordinal(), rating) for card, at, rating in rows]


def optimise_events(events: list[ReviewEvent], current: tuple[float, ...]) -> Optimisation:
    """Fit parameters to the events, starting from `current`; keep them only if they evaluate better."""
    items = training_items(events)
    if not items:
        raise ValueError("no review came a day or more after an earlier one: nothing to learn from yet")
    before = evaluate(current, items)
    config = fsrs_rs.TrainingConfig(seed=SEED)
    found = tuple(
        round(w, 6)
        for w in fsrs_rs.FSRS(list(current)).compute_parameters(items, enable_short_term=True, training_config=config)
    )
    after = evaluate(found, items)
    return Optimisation(len(events), len(items), before, after, found, after.better_than(before))


def optimise(session: Session, user: User) -> Optimisation:
    """Optimise the user's parameters from their log and store them when better (the caller commits)."""
    events = user_events(session, user)
    if len(events) < MIN_REVIEWS:
        raise ValueError(f"optimising needs at least {MIN_REVIEWS} reviews; {user.username} has {len(events)}")
    result = optimise_events(events, parameters_of(user))
    if result.kept:
        user.fsrs_parameters = list(result.parameters)
    return result


def optimal_retention(parameters: Iterable[float], new_per_day: int, reviews_per_day: int) -> float:
    """Return the desired retention that fsrs-rs's simulator finds cheapest per card remembered, 0.70–0.97."""
    config = fsrs_rs.default_simulator_config()
    # A year of a 1,000-card deck at the user's daily limits: under a second, and what Anki simulates too.
    config.deck_size, config.learn_span = 1000, 365
    config.learn_limit, config.review_limit = max(new_per_day, 1), max(reviews_per_day, 1)
    found = fsrs_rs.optimal_retention(config, list(parameters))
    return round(min(max(found, 0.70), 0.97), 2)
