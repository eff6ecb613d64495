"""The optimiser on a synthetic log of 1,400 reviews by a learner with known FSRS parameters (fsrs-rs, seed fixed)."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp import scheduling
from quizapp.db import db
from quizapp.optimizer import (
    DEFAULT_PARAMETERS,
    MIN_REVIEWS,
    evaluate,
    optimise,
    optimise_events,
    training_items,
    user_events,
)
from quizapp.reviews import settings_for
from tests.factories import make_user
from tests.optimizer.learner import TRUE_PARAMETERS, simulated_log, store_log


def test_the_optimised_parameters_evaluate_better_than_the_defaults_on_a_synthetic_log():
    events = simulated_log()
    assert len(events) >= 1000
    result = optimise_events(events, DEFAULT_PARAMETERS)
    assert result.kept and result.after.better_than(result.before)
    assert result.after.log_loss < result.before.log_loss and result.after.rmse_bins < result.before.rmse_bins
    # The fit moved towards the learner: its first-review stabilities (w0..w3) rose, as the true ones are higher.
    assert sum(result.parameters[:4]) > sum(DEFAULT_PARAMETERS[:4])
    # And it is no luck of one seed: the truth itself evaluates better than the defaults on the same log.
    items = training_items(events)
    assert evaluate(TRUE_PARAMETERS, items).log_loss < evaluate(DEFAULT_PARAMETERS, items).log_loss


def test_parameters_are_not_replaced_by_worse_ones(app):
    with app.app_context():
        user = make_user("amira")
        user.fsrs_parameters = list(TRUE_PARAMETERS)  # the learner's own weights: hard to beat on their log
        store_log(user, simulated_log(), dt.date(2025, 1, 1))
        result = optimise(db.session, user)
        db.session.commit()
        # The fit's RMSE is worse than the truth's: it is shown, not kept.
        assert not result.kept and result.after.rmse_bins > result.before.rmse_bins
        assert user.fsrs_parameters == list(TRUE_PARAMETERS)


def test_items_are_built_per_card_from_reviews_a_day_or_more_apart():
    from quizapp.optimizer import ReviewEvent

    events = [
        ReviewEvent("a", 0, 3),
        ReviewEvent("a", 0, 3),
        ReviewEvent("a", 2, 1),
        ReviewEvent("b", 5, 3),
        ReviewEvent("a", 9, 4),
    ]
    items = training_items(events)
    # "a": same-day step (no item), then day 2 (history of 3), then day 9 (history of 4); "b" has one review.
    assert [len(item.reviews) for item in items] == [3, 4]
    assert [item.long_term_review_cnt() for item in items] == [1, 2]


def test_optimise_reads_the_users_log_stores_the_parameters_and_the_scheduler_runs_on_them(app):
    with app.app_context():
        user = make_user("amira")
        store_log(user, simulated_log(), dt.date(2025, 1, 1))
        assert len(user_events(db.session, user)) == 1400
        result = optimise(db.session, user)
        db.session.commit()
        assert result.kept and user.fsrs_parameters == list(result.parameters)
        settings = settings_for(user)
        assert settings.scheduler().parameters == result.parameters
        # A new card graded Good is scheduled by the user's weights, not the defaults.
        now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
        default_good = scheduling.review(None, scheduling.Rating.Easy, now, scheduling.Settings(), seed=1)
        own_good = scheduling.review(None, scheduling.Rating.Easy, now, settings, seed=1)
        assert own_good.stability != default_good.stability


def test_optimise_refuses_a_log_too_small(app):
    with app.app_context():
        user = make_user("badr")
        store_log(user, simulated_log(cards=10, reviews_per_card=5), dt.date(2025, 1, 1))
        with pytest.raises(ValueError, match=f"at least {MIN_REVIEWS} reviews; badr has 50"):
            optimise(db.session, user)
        assert user.fsrs_parameters is None
