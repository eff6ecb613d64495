"""The Flask-free FSRS wrapper: learning steps, graduation, lapses, previews and snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.scheduling import Memory, Rating, Settings, State, fuzz_seed, interval_label, preview, review

NOW = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
SETTINGS = Settings()
MINUTE, DAY = dt.timedelta(minutes=1), dt.timedelta(days=1)


def run(*ratings: Rating, seed_key: str = "card") -> list[Memory]:
    """Answer a new card with each rating in turn, each answer when the previous one fell due."""
    memory, now, history = None, NOW, []
    for rating in ratings:
        memory = review(memory, rating, now, SETTINGS, fuzz_seed(seed_key, memory.reps if memory else 0))
        history.append(memory)
        now = memory.due
    return history


def test_new_card_walks_the_learning_steps_then_graduates():
    again, good, graduated = run(Rating.Again, Rating.Good, Rating.Good)
    assert (again.state, again.step, again.due - NOW) == (State.Learning, 0, MINUTE)
    assert (good.state, good.step, good.due - again.due) == (State.Learning, 1, 10 * MINUTE)
    assert graduated.state == State.Review and graduated.step is None
    assert SETTINGS.clock.days_between(good.due, graduated.due) >= 1
    assert graduated.due == SETTINGS.clock.start_of(SETTINGS.clock.day_of(graduated.due))  # at a day's start
    assert [m.reps for m in (again, good, graduated)] == [1, 2, 3]


def test_hard_on_a_new_card_waits_between_the_first_two_steps():
    (hard,) = run(Rating.Hard)
    assert hard.state == State.Learning and hard.step == 0
    assert hard.due - NOW == dt.timedelta(minutes=5, seconds=30)


def test_easy_graduates_a_new_card_at_once():
    (easy,) = run(Rating.Easy)
    assert easy.state == State.Review and SETTINGS.clock.days_between(NOW, easy.due) >= 1


def test_a_lapse_sends_a_review_card_to_relearning_and_counts():
    *_, learned, lapsed, relearned = run(Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good)
    assert learned.state == State.Review and learned.lapses == 0
    assert (lapsed.state, lapsed.step, lapsed.lapses) == (State.Relearning, 0, 1)
    assert lapsed.due - lapsed.last_review == 10 * MINUTE
    assert lapsed.stability < learned.stability
    assert relearned.state == State.Review and relearned.lapses == 1


def test_good_reviews_space_out():
    history = run(*[Rating.Good] * 6)
    intervals = [m.due - m.last_review for m in history if m.state == State.Review]
    assert intervals == sorted(intervals) and intervals[-1] > 30 * DAY


@pytest.mark.parametrize(
    "ratings",
    [
        (),
        (Rating.Again,),
        (Rating.Good,),
        (Rating.Good, Rating.Good),
        (Rating.Good, Rating.Good, Rating.Good, Rating.Again),
    ],
)
def test_preview_equals_what_each_grade_then_gives(ratings):
    memory = run(*ratings)[-1] if ratings else None
    now = memory.due + 3 * DAY if memory else NOW
    seed = fuzz_seed("card", memory.reps if memory else 0)
    previews = preview(memory, now, SETTINGS, seed)
    assert set(previews) == set(Rating)
    for rating, shown in previews.items():
        assert review(memory, rating, now, SETTINGS, seed) == shown


def test_preview_changes_nothing():
    memory = run(Rating.Good, Rating.Good)[-1]
    snapshot = memory.to_dict()
    preview(memory, memory.due, SETTINGS, 7)
    assert memory.to_dict() == snapshot


def test_fuzz_is_fixed_per_card_and_review_but_spreads_across_cards():
    memory = run(*[Rating.Good] * 4)[-1]
    later = memory.due + 20 * DAY
    dues = {review(memory, Rating.Good, later, SETTINGS, fuzz_seed(f"card-{n}", 4)).due for n in range(40)}
    assert len(dues) > 1  # fuzz on: different cards get different days
    same = {review(memory, Rating.Good, later, SETTINGS, fuzz_seed("card-1", 4)).due for _ in range(5)}
    assert len(same) == 1


def test_higher_retention_gives_shorter_intervals():
    memory = run(Rating.Good, Rating.Good, Rating.Good)[-1]
    strict = review(memory, Rating.Good, memory.due, Settings(desired_retention=0.97), 1)
    relaxed = review(memory, Rating.Good, memory.due, Settings(desired_retention=0.70), 1)
    assert strict.due < relaxed.due


def test_snapshot_restores_the_exact_state():
    for memory in run(Rating.Again, Rating.Good, Rating.Good, Rating.Again):
        assert Memory.from_dict(memory.to_dict()) == memory


@pytest.mark.parametrize(
    ("interval", "label"),
    [
        (dt.timedelta(seconds=20), "<1m"),
        (MINUTE, "1m"),
        (10 * MINUTE, "10m"),
        (dt.timedelta(hours=3), "3h"),
        (DAY, "1d"),
        (8 * DAY, "8d"),
        (45 * DAY, "1.5mo"),
        (60 * DAY, "2mo"),
        (400 * DAY, "1.1y"),
    ],
)
def test_interval_labels(interval, label):
    assert interval_label(interval) == label
