"""The statistics page, with its charts laid out here and drawn as inline SVG by the template."""

from __future__ import annotations

import datetime as dt

from flask import render_template
from flask_login import current_user, login_required

from quizapp.db import db, utcnow
from quizapp.stats import StudyStats, study_stats
from quizapp.vocabulary import MONTHS
from quizapp.web.stats import bp
from quizapp.web.stats.charts import BarChart, Heatmap, bar_chart, heat_cells_svg, heatmap
from quizapp.yearstats import YearStats, year_stats

STATE_NAMES = {"new": "New", "learning": "Learning", "relearning": "Relearning", "young": "Young", "mature": "Mature"}


# English names, as strftime gives them in the C locale, without a strftime per day of the year's heatmap
# (month names: quizapp.vocabulary.MONTHS).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def short_date(day: dt.date) -> str:
    """Format a day as "3 Mar"."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


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


def year_heatmap(year: YearStats) -> Heatmap:
    """Lay out the last year of reviews, each day labelled with its date and count."""
    return heatmap(
        year.year,
        lambda day, count: (
            f"{WEEKDAYS[day.weekday()]} {short_date(day)} {day.year}: {count} review{'' if count == 1 else 's'}"
        ),
    )


def month_rows(year: YearStats) -> list[tuple[str, int, int]]:
    """Return each month of the year with its days studied and its reviews: the heatmap as a table."""
    rows: dict[str, list[int]] = {}
    for day, count in year.year:
        row = rows.setdefault(f"{MONTHS[day.month - 1]} {day.year}", [0, 0])
        row[0] += count > 0
        row[1] += count
    return [(month, days, reviews) for month, (days, reviews) in rows.items()]


@bp.get("/stats")
@login_required
def index() -> str:
    """Show the student's statistics."""
    stats = study_stats(db.session, current_user, utcnow())
    year = year_stats(db.session, current_user, stats.today)
    heat = year_heatmap(year)
    return render_template(
        "stats/index.html",
        stats=stats,
        short_date=short_date,
        state_names=STATE_NAMES,
        reviews=reviews_chart(stats),
        forecast=forecast_chart(stats),
        states=states_chart(stats),
        year=year,
        heat=heat,
        year_reviews=sum(count for _, count in year.year),
        days_studied=sum(1 for _, count in year.year if count),
        heat_cells=heat_cells_svg(heat.cells),
        months=month_rows(year),
        time=time_chart(year),
    )
