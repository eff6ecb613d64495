"""The stats page's bar charts, laid out and drawn once per distinct chart and kept per process.

A chart's markup (SVG and its table of numbers) is a pure function of its labels, values, tooltips and texts,
so it is kept under exactly those: a review, an undo or a card falling due changes a value and so the key, and
nothing has to be told to forget it. The markup holds nothing beyond its key, so a kept chart shows no one
anything they could not see.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from flask import current_app
from markupsafe import Markup

from quizapp.web.stats.charts import bar_chart

# Distinct charts kept per process: each is 3-11 kB of markup, so this holds at most about 6 MB.
KEPT_CHARTS = 512


class ChartData(NamedTuple):
    """What a bar chart shows: a label under each bar ("" for none), (css class, values) per series, tooltips."""

    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    tooltips: tuple[str, ...]


class ChartText(NamedTuple):
    """A chart's id, title, one-sentence description and its table's two column headings."""

    id: str
    title: str
    description: str
    headings: tuple[str, str]


@functools.lru_cache(maxsize=KEPT_CHARTS)
def drawn_chart(data: ChartData, text: ChartText, show_values: bool = False) -> Markup:
    """Return the chart's figure (accessible inline SVG and the numbers as a table), as stats/_chart.html draws it."""
    chart = bar_chart(list(data.labels), [(css, list(values)) for css, values in data.series], list(data.tooltips))
    macro = current_app.jinja_env.get_template("stats/_chart.html").module.bar_chart  # type: ignore[attr-defined]
    return Markup(macro(chart, text.id, text.title, text.description, text.headings, show_values=show_values))
