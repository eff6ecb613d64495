"""The statistics page, with its charts laid out here and drawn as inline SVG by the template."""

from __future__ import annotations

import datetime as dt

from flask import render_template
from flask_login import current_user, login_required

from quizapp.db import db, utcnow
from quizapp.stats import StudyStats, study_stats
from quizapp.web.stats import bp
from quizapp.web.stats.charts import BarChart, bar_chart

STATE_NAMES = {"new": "New", "learning": "Learning", "relearning": "Relearning", "young": "Young",
               "mature": "Mature"}


def short_date(day: dt.date) -> str:
    """Format a day as "3 Mar"."""
    return f"{day.day} {day:%b}"


def reviews_chart(stats: StudyStats) -> BarChart:
    """Chart the last 30 days of reviews, correct and Again stacked; label every 7th day back from today."""
    days = stats.per_day
    labels = [short_date(d.day) if (len(days) - 1 - i) % 7 == 0 else "" for i, d in enumerate(days)]
    tips = [f"{short_date(d.day)}: {d.reviews} reviews, {d.correct} correct" for d in days]
    return bar_chart(labels, [("bar-correct", [d.correct for d in days]),
                              ("bar-again", [d.reviews - d.correct for d in days])], tips)


def forecast_chart(stats: StudyStats) -> BarChart:
    """Chart the cards due on each of the next 14 days."""
    labels = ["Today" if i == 0 else short_date(day) if i % 3 == 0 else "" for i, (day, _) in enumerate(stats.forecast)]
    tips = [f"{short_date(day)}: {count} due" for day, count in stats.forecast]
    return bar_chart(labels, [("bar-due", [count for _, count in stats.forecast])], tips)


def states_chart(stats: StudyStats) -> BarChart:
    """Chart the cards in each state, one coloured bar per state."""
    names = list(STATE_NAMES)
    series = [(f"bar-{name}", [stats.states[name] if other == name else 0 for other in names]) for name in names]
    tips = [f"{STATE_NAMES[name]}: {stats.states[name]}" for name in names]
    return bar_chart([STATE_NAMES[name] for name in names], series, tips)


@bp.get("/stats")
@login_required
def index() -> str:
    """Show the student's statistics."""
    stats = study_stats(db.session, current_user, utcnow())
    return render_template("stats/index.html", stats=stats, short_date=short_date, state_names=STATE_NAMES,
                           reviews=reviews_chart(stats), forecast=forecast_chart(stats), states=states_chart(stats))
