"""Scheduling as Anki's FSRS does it: study days elapsed, fuzz, Hard < Good < Easy, limits, DST, step NULL."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import text

from quizapp.db import db
from quizapp.queue import next_card, study_counts
from quizapp.reviews import memory_of
from quizapp.scheduling import Memory, Rating, Settings, State, StudyClock, fuzz_seed, preview, review
from tests.scheduling.anki_helpers import DAY, UTC, fsrs_after, fsrs_days, review_card
from tests.scheduling.conftest import grade

EMBASSY, APOLOGY, CLOZE, DONATION = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
)
QATAR_TONS, QATAR_MAP = "sample-qatar-aid-tons", "sample-qatar-map"
CLOCK = StudyClock("UTC", 4)


@pytest.mark.parametrize(
    ("last_review", "elapsed"),
    [
        (dt.datetime(2025, 3, 3, 22, tzinfo=UTC), 1),  # 10 hours before, but yesterday evening
        (dt.datetime(2025, 3, 2, 22, tzinfo=UTC), 2),  # 34 hours before: two study days
    ],
)
def test_time_since_the_last_review_counts_study_days(student, last_review, elapsed):
    morning = dt.datetime(2025, 3, 4, 8, tzinfo=UTC)
    review_card(student, EMBASSY, last_review=last_review, due=dt.datetime(2025, 3, 4, 4, tzinfo=UTC))
    card = grade(student, EMBASSY, Rating.Good, morning)
    expected = fsrs_after(1.0, 5.0, elapsed, Rating.Good)
    assert card.stability == pytest.approx(expected.stability, rel=1e-9)
    assert card.difficulty == pytest.approx(expected.difficulty, rel=1e-9)
    assert card.stability > 3.5  # not fsrs's same-day update (1.05)
    days = CLOCK.days_between(morning, card.due)
    wanted = fsrs_days(expected)
    assert wanted - 2 <= days <= wanted + 2 and days > 1


def test_cards_that_skip_learning_store_step_null(student):
    grade(student, EMBASSY, Rating.Easy, dt.datetime(2025, 3, 4, 8, tzinfo=UTC))
    steps = db.session.execute(text("SELECT state, step FROM card_state")).all()
    assert steps == [(int(State.Review), None)]


def _relearning_memory_for_interval(days: int) -> Memory:
    """Return a relearning card whose Good (graduating, fuzzed alone) asks fsrs for `days` days."""
    for hundredths in range(50, 5000):
        stability = hundredths / 100
        if fsrs_days(fsrs_after(stability, 5.0, 0, Rating.Good, State.Relearning)) == days:
            now = dt.datetime(2025, 3, 4, 12, tzinfo=UTC)
            return Memory(State.Relearning, 0, stability, 5.0, now, now - dt.timedelta(minutes=10), 6, 1)
    raise AssertionError(f"no stability gives {days} days")


def test_fuzz_spreads_a_ten_day_interval_evenly_from_8_to_12_days():
    memory = _relearning_memory_for_interval(10)
    now = memory.due
    days = Counter(
        CLOCK.days_between(now, review(memory, Rating.Good, now, Settings(), fuzz_seed(f"c{n}", 6)).due)
        for n in range(2000)
    )
    assert sorted(days) == [8, 9, 10, 11, 12]
    assert all(300 <= count <= 500 for count in days.values()), days


@pytest.mark.parametrize("retention", [0.8, 0.9, 0.95])
def test_hard_good_and_easy_are_each_at_least_a_day_apart_in_review(retention):
    settings, now = Settings(desired_retention=retention), dt.datetime(2025, 3, 10, 12, tzinfo=UTC)
    checked = 0
    for stability in (0.2, 0.5, 0.8, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0):
        for difficulty in (1.0, 3.0, 5.0, 7.0, 9.0, 10.0):
            for elapsed in (0, 1, 2, 3, 5):
                last = now - elapsed * DAY
                memory = Memory(State.Review, None, stability, difficulty, now, last, 4, 0)
                shown = preview(memory, now, settings, fuzz_seed(f"{stability}/{difficulty}", elapsed))
                hard, good, easy = (
                    CLOCK.days_between(now, shown[r].due) for r in (Rating.Hard, Rating.Good, Rating.Easy)
                )
                assert 1 <= hard < good < easy, (stability, difficulty, elapsed, hard, good, easy)
                checked += 1
    assert checked == 270


def test_the_review_limit_also_holds_back_new_cards(student):
    student.reviews_per_day = 3
    morning = dt.datetime(2025, 3, 4, 8, tzinfo=UTC)
    for question_id in (EMBASSY, APOLOGY, CLOZE, DONATION):
        review_card(student, question_id, last_review=morning - 3 * DAY, due=morning - DAY, stability=3.0)
    served = []
    while (queued := next_card(db.session, student, None, morning)) is not None:
        served.append(queued.kind)
        grade(student, queued.question.id, Rating.Good, morning)
        assert len(served) < 10
    assert served == ["review"] * 3
    counts = study_counts(db.session, student, None, morning)
    assert (counts.new, counts.due) == (0, 0)


def test_the_review_limit_leaves_room_for_new_cards_once_reviews_are_done(student):
    student.reviews_per_day = 3
    morning = dt.datetime(2025, 3, 4, 8, tzinfo=UTC)
    review_card(student, EMBASSY, last_review=morning - 3 * DAY, due=morning - DAY, stability=3.0)
    assert study_counts(db.session, student, None, morning).new == 2  # 3 less the one review waiting
    kinds = []
    while (queued := next_card(db.session, student, None, morning)) is not None:
        kinds.append(queued.kind)
        grade(student, queued.question.id, Rating.Easy, morning)
    assert kinds == ["review", "new", "new"]


@pytest.mark.parametrize(
    "moment",
    [
        "2025-10-25T04:30:00+02:00",
        "2025-03-29T03:30:00+01:00",
        "2025-03-29T23:30:00+01:00",
        "2025-10-24T12:00:00+02:00",
    ],
)
def test_intervals_land_on_study_days_in_the_users_zone_across_dst(moment):
    clock = StudyClock("Europe/Berlin", 4)
    settings, now = Settings(clock=clock), dt.datetime.fromisoformat(moment).astimezone(UTC)
    for stability in (2.0, 4.0, 4.6, 6.0):
        memory = Memory(State.Review, None, stability, 5.0, now, now - 4 * DAY, 4, 0)
        for rating, after in preview(memory, now, settings, 11).items():
            if after.state != State.Review:
                continue
            asked = fsrs_days(fsrs_after(stability, 5.0, clock.days_between(now - 4 * DAY, now), rating))
            days = clock.days_between(now, after.due)
            assert after.due == clock.start_of(clock.day_of(now) + dt.timedelta(days=days))
            assert abs(days - asked) <= 2, (moment, stability, rating, days, asked)


def test_a_review_card_stored_with_step_0_before_the_fix_reads_and_stores_as_null(student):
    card = review_card(
        student, EMBASSY, last_review=dt.datetime(2025, 3, 1, 8, tzinfo=UTC), due=dt.datetime(2025, 3, 4, 4, tzinfo=UTC)
    )
    card.step = 0  # as the old column default wrote it
    db.session.commit()
    assert memory_of(card).step is None
    grade(student, EMBASSY, Rating.Good, dt.datetime(2025, 3, 4, 8, tzinfo=UTC))
    assert db.session.execute(text("SELECT step FROM card_state")).scalar() is None
