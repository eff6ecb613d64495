"""The year views: reviews per day for the heatmap, true retention by period (young and mature), time per day."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import event

from quizapp.db import db
from quizapp.models import CardStateKind
from quizapp.yearstats import year_stats
from tests.factories import add_review, make_user, snapshot

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TODAY = dt.date(2026, 3, 10)
Q1, Q2 = "sample-kuwait-embassy-reopened", "sample-kuwait-apology"


@pytest.fixture
def kuwaiti(app):
    with app.app_context():
        yield make_user("kuwaiti", timezone="Asia/Kuwait")


def review(user, days_ago: float, rating: int, interval_days: float | None, duration_ms: int | None = None):
    at = NOW - dt.timedelta(days=days_ago)
    before = None if interval_days is None else snapshot(CardStateKind.REVIEW, interval_days, at)
    row = add_review(user, Q1, rating, at, before)
    row.duration_ms = duration_ms
    db.session.commit()


def test_the_heatmap_year_counts_reviews_per_study_day_in_the_users_zone(kuwaiti):
    review(kuwaiti, 0, 3, None)
    review(kuwaiti, 0, 1, None)
    review(kuwaiti, 100, 3, 5)
    review(kuwaiti, 364, 3, 5)
    review(kuwaiti, 366, 3, 5)  # before the year: not shown
    # 00:30 UTC is 03:30 in Kuwait, before the 4 a.m. day start: it counts for the day before.
    add_review(kuwaiti, Q2, 3, dt.datetime(2026, 3, 5, 0, 30, tzinfo=UTC))
    year = year_stats(db.session, kuwaiti, TODAY).year
    assert len(year) == 365 and year[0][0] == TODAY - dt.timedelta(days=364) and year[-1] == (TODAY, 2)
    counts = dict(year)
    assert counts[TODAY - dt.timedelta(days=100)] == 1 and counts[TODAY - dt.timedelta(days=364)] == 1
    assert counts[dt.date(2026, 3, 4)] == 1 and counts[dt.date(2026, 3, 5)] == 0
    assert sum(counts.values()) == 5


def test_true_retention_by_period_splits_young_and_mature_and_leaves_out_learning(kuwaiti):
    review(kuwaiti, 0, 3, 30)  # mature, passed, today
    review(kuwaiti, 0, 1, 5)  # young, failed, today
    review(kuwaiti, 3, 3, 5)  # young, passed, this week
    review(kuwaiti, 20, 1, 40)  # mature, failed, this month
    review(kuwaiti, 200, 3, 40)  # mature, passed, this year
    review(kuwaiti, 0, 3, None)  # a new card's first answer: not retention
    rows = {row.period: row for row in year_stats(db.session, kuwaiti, TODAY).retention}
    assert list(rows) == ["Today", "Last 7 days", "Last 30 days", "Last 365 days"]
    figures = {
        name: ((r.young.passed, r.young.reviews), (r.mature.passed, r.mature.reviews)) for name, r in rows.items()
    }
    assert figures == {
        "Today": ((0, 1), (1, 1)),
        "Last 7 days": ((1, 2), (1, 1)),
        "Last 30 days": ((1, 2), (1, 2)),
        "Last 365 days": ((1, 2), (2, 3)),
    }
    assert rows["Last 365 days"].total.percent == 60


def test_time_per_day_sums_the_answer_times_in_minutes(kuwaiti):
    review(kuwaiti, 0, 3, None, 90_000)
    review(kuwaiti, 0, 3, None, 30_000)
    review(kuwaiti, 1, 3, None, None)  # no time recorded: counts nothing
    review(kuwaiti, 29, 3, None, 6_000)
    minutes = year_stats(db.session, kuwaiti, TODAY).minutes
    assert len(minutes) == 30 and minutes[-1] == (TODAY, 2.0) and minutes[-2][1] == 0 and minutes[0][1] == 0.1


def test_the_year_is_read_from_the_day_totals_in_one_statement_not_from_the_log(kuwaiti):
    for n in range(40):
        review(kuwaiti, n * 5, 3, 5, 1000)
    year_stats(db.session, kuwaiti, TODAY)  # the first read counts the day rows (the user was made with no clock)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        year_stats(db.session, kuwaiti, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    tables = [re.findall(r"FROM (\w+)", statement) for statement in statements]
    assert not [names for names in tables if "review" in names]  # never the log
    assert [names for names in tables if "review_day" in names] == [["review_day"]]  # one range of day rows


def test_days_after_today_count_in_the_retention_periods_but_not_in_the_year_or_the_minutes(kuwaiti):
    """A day row after today (an imported history can leave one) counts in every period, as "from n days back on"."""
    review(kuwaiti, 0, 3, 30, 60_000)
    review(kuwaiti, -3, 1, 30, 60_000)  # three days after today
    review(kuwaiti, 10, 3, 5, 60_000)
    stats = year_stats(db.session, kuwaiti, TODAY)
    rows = {row.period: row for row in stats.retention}
    assert (rows["Today"].mature.reviews, rows["Today"].mature.passed) == (2, 1)
    assert (rows["Last 30 days"].young.reviews, rows["Last 30 days"].mature.reviews) == (1, 2)
    assert len(stats.year) == 365 and stats.year[-1] == (TODAY, 1) and sum(n for _, n in stats.year) == 2
    assert len(stats.minutes) == 30 and stats.minutes[-1] == (TODAY, 1.0) and sum(m for _, m in stats.minutes) == 2.0
