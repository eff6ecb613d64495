"""The stats page's year of reviews (the heatmap and its table by month), drawn once per distinct year of counts.

The section shows nothing but the 365 (day, reviews) pairs it is given, so its markup is a pure function of
them: it is kept, per process, under those pairs themselves. A review written or undone changes a count and
so the key; a new study day changes the days. Nothing has to be told to forget it, and two students with the
same year share nothing they could not both see (the markup holds only the key's own days and counts).
"""

from __future__ import annotations

import datetime as dt
import functools

from flask import current_app
from markupsafe import Markup

from quizapp.vocabulary import MONTHS
from quizapp.web.stats.charts import Heatmap, heat_cells_svg, heatmap

# English names, as strftime gives them in the C locale, without a strftime per day of the year's heatmap
# (month names: quizapp.vocabulary.MONTHS).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Distinct years kept per process: a year is about 80 kB of markup, so this holds at most about 10 MB.
KEPT_YEARS = 128

YearCounts = tuple[tuple[dt.date, int], ...]


def short_date(day: dt.date) -> str:
    """Format a day as "3 Mar"."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def year_heatmap(year: YearCounts) -> Heatmap:
    """Lay out the last year of reviews, each day labelled with its date and count."""
    return heatmap(
        list(year),
        lambda day, count: (
            f"{WEEKDAYS[day.weekday()]} {short_date(day)} {day.year}: {count} review{'' if count == 1 else 's'}"
        ),
    )


def month_rows(year: YearCounts) -> list[tuple[str, int, int]]:
    """Return each month of the year with its days studied and its reviews: the heatmap as a table."""
    rows: dict[str, list[int]] = {}
    for day, count in year:
        row = rows.setdefault(f"{MONTHS[day.month - 1]} {day.year}", [0, 0])
        row[0] += count > 0
        row[1] += count
    return [(month, days, reviews) for month, (days, reviews) in rows.items()]


@functools.lru_cache(maxsize=KEPT_YEARS)
def year_section(year: YearCounts) -> Markup:
    """Return the year section's markup (heatmap SVG and its table by month) for these (day, reviews) pairs."""
    heat = year_heatmap(year)
    return Markup(
        current_app.jinja_env.get_template("stats/_year.html").render(
            heat=heat,
            heat_cells=heat_cells_svg(heat.cells),
            months=month_rows(year),
            year_reviews=sum(count for _, count in year),
            days_studied=sum(1 for _, count in year if count),
        )
    )
