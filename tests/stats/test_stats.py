"""Study statistics from the review log: study days, streak, correct rate, true retention, states, forecast."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from quizapp.db import db
from quizapp.models import CardStateKind, Question
from quizapp.stats import is_mature, streak_length, study_stats
from quizapp.studyday import study_date
from tests.factories import add_card, add_review, make_user, snapshot

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
Q1, Q2, Q3 = "sample-kuwait-embassy-reopened", "sample-kuwait-apology", "sample-qatar-aid-tons"


@pytest.mark.parametrize(
    ("moment", "zone", "hour", "day"),
    [
        ("2026-03-10T02:00", "Asia/Kuwait", 4, "2026-03-10"),  # 05:00 in Kuwait, after a 4 a.m. start
        ("2026-03-10T02:00", "Asia/Kuwait", 6, "2026-03-09"),  # 05:00 is still yesterday with a 6 a.m. start
        ("2026-03-10T02:00", "UTC", 4, "2026-03-09"),
        ("2026-03-10T08:30", "America/New_York", 4, "2026-03-10"),  # 04:30 EDT (DST began 8 March)
        ("2026-03-10T07:30", "America/New_York", 4, "2026-03-09"),  # 03:30 EDT
        ("2026-03-10T23:30", "Asia/Tokyo", 0, "2026-03-11"),
    ],
)
def test_study_date_follows_zone_and_day_start(moment, zone, hour, day):
    when = dt.datetime.fromisoformat(moment).replace(tzinfo=UTC)
    assert study_date(when, ZoneInfo(zone), hour) == dt.date.fromisoformat(day)


def test_streak_counts_days_in_a_row_up_to_today_or_yesterday():
    today = dt.date(2026, 3, 10)
    days = lambda *back: {today - dt.timedelta(days=n) for n in back}  # noqa: E731
    assert streak_length(days(0, 1, 2, 4), today) == 3
    assert streak_length(days(1, 2), today) == 2  # today not studied yet: the streak is not broken
    assert streak_length(days(2, 3), today) == 0
    assert streak_length(set(), today) == 0


def test_mature_means_a_review_card_with_an_interval_of_21_days():
    assert is_mature(snapshot(CardStateKind.REVIEW, 21, NOW))
    assert not is_mature(snapshot(CardStateKind.REVIEW, 20.9, NOW))
    assert not is_mature(snapshot(CardStateKind.RELEARNING, 30, NOW))
    assert not is_mature(None)
    assert is_mature({"state": 2, "stability": 30.0})


@pytest.fixture
def kuwaiti(app):
    """A user in Kuwait (UTC+3) whose day starts at 4 a.m., inside an app context."""
    with app.app_context():
        yield make_user("kuwaiti", timezone="Asia/Kuwait")


def test_reviews_per_day_and_correct_rate_use_study_days(kuwaiti):
    add_review(kuwaiti, Q1, 3, NOW)  # today
    add_review(kuwaiti, Q1, 1, NOW.replace(hour=0, minute=30))  # 03:30 Kuwait: yesterday's study day
    add_review(kuwaiti, Q2, 4, NOW - dt.timedelta(days=29))  # first day of the window
    add_review(kuwaiti, Q2, 3, NOW - dt.timedelta(days=30))  # outside the 30 days
    stats = study_stats(db.session, kuwaiti, NOW)
    assert stats.today == dt.date(2026, 3, 10) and len(stats.per_day) == 30
    assert (stats.per_day[-1].reviews, stats.per_day[-1].correct) == (1, 1)
    assert (stats.per_day[-2].reviews, stats.per_day[-2].correct) == (1, 0)
    assert stats.per_day[0].reviews == 1
    assert (stats.correct.reviews, stats.correct.passed) == (3, 2)
    assert stats.total_reviews == 4
    assert stats.streak == 2


@pytest.mark.parametrize(("days", "gap", "streak"), [(900, None, 900), (900, 500, 500), (400, 364, 364), (365, 10, 10)])
def test_a_streak_longer_than_the_year_is_counted_back_to_its_first_day(kuwaiti, days, gap, streak):
    """A review on each of `days` study days up to today, but none on the day `gap` days back."""
    for back in range(days):
        if back != gap:
            add_review(kuwaiti, Q1, 3, NOW - dt.timedelta(days=back))
    assert study_stats(db.session, kuwaiti, NOW).streak == streak
    add_review(kuwaiti, Q1, 3, NOW - dt.timedelta(days=days + 1))  # a lone day after a gap changes nothing
    assert study_stats(db.session, kuwaiti, NOW + dt.timedelta(seconds=1)).streak == streak


def test_true_retention_counts_only_mature_reviews(kuwaiti):
    add_review(kuwaiti, Q1, 3, NOW, snapshot(CardStateKind.REVIEW, 30, NOW))
    add_review(kuwaiti, Q1, 1, NOW, snapshot(CardStateKind.REVIEW, 25, NOW))
    add_review(kuwaiti, Q2, 4, NOW, snapshot(CardStateKind.REVIEW, 40, NOW))
    add_review(kuwaiti, Q2, 1, NOW, snapshot(CardStateKind.REVIEW, 3, NOW))  # young: not counted
    add_review(kuwaiti, Q3, 1, NOW, None)  # new card: not counted
    retention = study_stats(db.session, kuwaiti, NOW).true_retention
    assert (retention.reviews, retention.passed) == (3, 2)
    assert retention.percent == pytest.approx(200 / 3)


def test_an_empty_history_gives_no_percentages(kuwaiti):
    stats = study_stats(db.session, kuwaiti, NOW)
    assert stats.correct.percent is None and stats.true_retention.percent is None
    assert stats.streak == 0 and stats.total_reviews == 0
    assert stats.states == {"new": 6, "learning": 0, "relearning": 0, "young": 0, "mature": 0}


def test_card_states_and_forecast_skip_retired_questions(kuwaiti):
    add_card(kuwaiti, Q1, CardStateKind.REVIEW, NOW - dt.timedelta(days=2), interval_days=30)  # overdue, mature
    add_card(kuwaiti, Q2, CardStateKind.REVIEW, NOW + dt.timedelta(days=3), interval_days=5)  # young
    add_card(kuwaiti, Q3, CardStateKind.LEARNING, NOW + dt.timedelta(minutes=10))
    add_card(kuwaiti, "sample-qatar-map", CardStateKind.RELEARNING, NOW + dt.timedelta(days=20))
    add_card(kuwaiti, "sample-kuwait-donation", CardStateKind.REVIEW, NOW + dt.timedelta(days=1))
    db.session.get(Question, "sample-kuwait-donation").retired = True
    db.session.commit()
    stats = study_stats(db.session, kuwaiti, NOW)
    assert stats.states == {"new": 1, "learning": 1, "relearning": 1, "young": 1, "mature": 1}
    assert len(stats.forecast) == 30 and stats.forecast[0][0] == stats.today
    assert [count for _, count in stats.forecast][:4] == [2, 0, 0, 1]
    # The relearning card due in 20 days falls inside the 30-day forecast.
    assert stats.forecast[20][1] == 1 and sum(count for _, count in stats.forecast) == 4


def test_another_users_reviews_and_cards_do_not_count(kuwaiti):
    other = make_user("other")
    add_review(other, Q1, 3, NOW, snapshot(CardStateKind.REVIEW, 30, NOW))
    add_card(other, Q1, CardStateKind.REVIEW, NOW)
    stats = study_stats(db.session, kuwaiti, NOW)
    assert stats.total_reviews == 0 and stats.true_retention.reviews == 0
    assert stats.states["new"] == 6 and sum(count for _, count in stats.forecast) == 0


def test_the_forecast_puts_a_card_due_at_a_day_start_on_that_day_not_the_one_before(kuwaiti):
    """Each day's window starts where the day before ends (Kuwait's 4 a.m. is 01:00 UTC), so no card counts twice."""
    tomorrow = dt.datetime(2026, 3, 11, 1, 0, tzinfo=UTC)
    add_card(kuwaiti, Q1, CardStateKind.REVIEW, tomorrow - dt.timedelta(microseconds=1))  # today's last instant
    add_card(kuwaiti, Q2, CardStateKind.REVIEW, tomorrow)  # tomorrow's first
    add_card(kuwaiti, Q3, CardStateKind.REVIEW, tomorrow + dt.timedelta(days=1))  # the day after's first
    assert [count for _, count in study_stats(db.session, kuwaiti, NOW).forecast][:4] == [1, 1, 1, 0]


def test_all_time_totals_add_the_days_before_the_year_and_after_today_to_the_year(kuwaiti):
    """All-time figures are the year read for the page plus the day rows before it; later days are in the year."""
    for back in (0, 364, 365, 800):  # two reviews in the year (one on its first day), two before it
        add_review(kuwaiti, Q1, 3, NOW - dt.timedelta(days=back), snapshot(CardStateKind.REVIEW, 30, NOW))
    add_review(kuwaiti, Q2, 1, NOW + dt.timedelta(days=2), snapshot(CardStateKind.REVIEW, 30, NOW))  # after today
    stats = study_stats(db.session, kuwaiti, NOW)
    assert stats.total_reviews == 5
    assert (stats.true_retention.reviews, stats.true_retention.passed) == (5, 4)
    assert stats.per_day[-1].reviews == 1 and stats.correct.reviews == 1  # the later day is not today
