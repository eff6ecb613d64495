"""The statistics page: its figures read here, its charts drawn as inline SVG (and kept) by keptcharts and yearmap."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from quizapp.db import db, utcnow
from quizapp.stats import StudyStats, study_stats
from quizapp.web.stats import bp
from quizapp.web.stats.keptcharts import ChartData, ChartText, drawn_chart
from quizapp.web.stats.yearmap import short_date, year_section
from quizapp.yearstats import YearStats, year_stats

STATE_NAMES = {"new": "New", "learning": "Learning", "relearning": "Relearning", "young": "Young", "mature": "Mature"}


def reviews_chart(stats: StudyStats) -> ChartData:
    """Chart the last 30 days of reviews, correct and Again stacked; label every 7th day back from today."""
    days = stats.per_day
    labels = tuple(short_date(d.day) if (len(days) - 1 - i) % 7 == 0 else "" for i, d in enumerate(days))
    tips = tuple(f"{short_date(d.day)}: {d.reviews} reviews, {d.correct} correct" for d in days)
    correct, again = tuple(d.correct for d in days), tuple(d.reviews - d.correct for d in days)
    return ChartData(labels, (("bar-correct", correct), ("bar-again", again)), tips)


def forecast_chart(stats: StudyStats) -> ChartData:
    """Chart the cards due on each of the next 30 days."""
    labels = tuple(
        "Today" if i == 0 else short_date(day) if i % 7 == 0 else "" for i, (day, _) in enumerate(stats.forecast)
    )
    tips = tuple(f"{short_date(day)}: {count} due" for day, count in stats.forecast)
    return ChartData(labels, (("bar-due", tuple(count for _, count in stats.forecast)),), tips)


def states_chart(stats: StudyStats) -> ChartData:
    """Chart the cards in each state, one coloured bar per state."""
    names = list(STATE_NAMES)
    series = tuple(
        (f"bar-{name}", tuple(stats.states[name] if other == name else 0 for other in names)) for name in names
    )
    tips = tuple(f"{STATE_NAMES[name]}: {stats.states[name]}" for name in names)
    return ChartData(tuple(STATE_NAMES[name] for name in names), series, tips)


def time_chart(year: YearStats) -> ChartData:
    """Chart the minutes spent answering on each of the last 30 days."""
    days = year.minutes
    labels = tuple(short_date(day) if (len(days) - 1 - i) % 7 == 0 else "" for i, (day, _) in enumerate(days))
    tips = tuple(f"{short_date(day)}: {minutes:g} min" for day, minutes in days)
    return ChartData(labels, (("bar-time", tuple(round(minutes) for _, minutes in days)),), tips)


def drawn_charts(stats: StudyStats, year: YearStats) -> dict[str, Markup]:
    """Return the page's four bar charts, each drawn (or taken as kept) with its title and description."""
    minutes = f"{sum(m for _, m in year.minutes):g}"
    forecast_total = sum(count for _, count in stats.forecast)
    states = ", ".join(f"{name} {count}" for name, count in stats.states.items())
    return {
        "time": drawn_chart(
            time_chart(year),
            ChartText(
                "time",
                "Minutes spent answering per day, last 30 days",
                f"{minutes} minutes in 30 days.",
                ("Day", "Minutes"),
            ),
        ),
        "reviews": drawn_chart(
            reviews_chart(stats),
            ChartText(
                "reviews",
                "Reviews per day, last 30 days",
                f"{stats.correct.reviews} reviews in 30 days, {stats.correct.passed} correct.",
                ("Day", "Reviews"),
            ),
        ),
        "forecast": drawn_chart(
            forecast_chart(stats),
            ChartText(
                "forecast",
                "Cards due per day, next 30 days",
                f"{stats.forecast[0][1]} due today, {forecast_total} in 30 days.",
                ("Day", "Due"),
            ),
        ),
        "states": drawn_chart(
            states_chart(stats), ChartText("states", "Cards by state", f"Cards: {states}.", ("State", "Cards")), True
        ),
    }


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
        year=year,
        year_section=year_section(tuple(year.year)),
        charts=drawn_charts(stats, year),
    )
