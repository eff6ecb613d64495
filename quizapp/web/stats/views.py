"""The statistics page, with its charts laid out here and drawn as inline SVG by the template."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user, login_required

from quizapp.db import db, utcnow
from quizapp.stats import StudyStats, study_stats
from quizapp.web.stats import bp
from quizapp.web.stats.charts import BarChart, bar_chart
from quizapp.web.stats.yearmap import short_date, year_section
from quizapp.yearstats import YearStats, year_stats

STATE_NAMES = {"new": "New", "learning": "Learning", "relearning": "Relearning", "young": "Young", "mature": "Mature"}


def reviews_chart(stats: StudyStats) -> BarChart:
    """Chart the last 30 days of reviews, correct and Again stacked; label every 7th day back from today."""
    days = stats.per_day
    labels = [short_date(d.day) if (len(days) - 1 - i) % 7 == 0 else "" for i, d in enumerate(days)]
    tips = [f"{short_date(d.day)}: {d.reviews} reviews, {d.correct} correct" for d in days]
    return bar_chart(
        labels, [("bar-correct", [d.correct for d in days]), ("bar-again", [d.reviews - d.correct for d in days])], tips
    )


def forecast_chart(stats: StudyStats) -> BarChart:
    """Chart the cards due on each of the next 30 days."""
    labels = ["Today" if i == 0 else short_date(day) if i % 7 == 0 else "" for i, (day, _) in enumerate(stats.forecast)]
    tips = [f"{short_date(day)}: {count} due" for day, count in stats.forecast]
    return bar_chart(labels, [("bar-due", [count for _, count in stats.forecast])], tips)


def states_chart(stats: StudyStats) -> BarChart:
    """Chart the cards in each state, one coloured bar per state."""
    names = list(STATE_NAMES)
    series = [(f"bar-{name}", [stats.states[name] if other == name else 0 for other in names]) for name in names]
    tips = [f"{STATE_NAMES[name]}: {stats.states[name]}" for name in names]
    return bar_chart([STATE_NAMES[name] for name in names], series, tips)


def time_chart(year: YearStats) -> BarChart:
    """Chart the minutes spent answering on each of the last 30 days."""
    days = year.minutes
    labels = [short_date(day) if (len(days) - 1 - i) % 7 == 0 else "" for i, (day, _) in enumerate(days)]
    tips = [f"{short_date(day)}: {minutes:g} min" for day, minutes in days]
    return bar_chart(labels, [("bar-time", [round(minutes) for _, minutes in days])], tips)


@bp.get("/stats")
@login_required
def index() -> str:
    """Show the student's statistics."""
    stats = study_stats(db.session, current_user, utcnow())
    year = year_stats(db.session, current_user, stats.today)
    return render_template(
        "stats/index.html",
        stats=stats,
        short_date=short_date,
        state_names=STATE_NAMES,
        reviews=reviews_chart(stats),
        forecast=forecast_chart(stats),
        states=states_chart(stats),
        year=year,
        year_section=year_section(tuple(year.year)),
        time=time_chart(year),
    )
