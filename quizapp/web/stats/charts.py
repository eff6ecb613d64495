"""Lay out bar charts and the year heatmap for server-side SVG: the template only draws the shapes computed here."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from markupsafe import Markup

WIDTH, HEIGHT = 420, 200


# markupsafe.escape's entities, applied by one str.translate (a single C call per label).
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})


def escaped(value: str) -> str:
    """Escape text for HTML exactly as markupsafe.escape does, but as a plain string.

    The stats page escapes about 800 labels; markupsafe wraps each in a Markup object, which cost more than
    the escaping (html.escape makes five passes). The joined markup is wrapped once instead.
    """
    return value.translate(_ENTITIES)


LEFT, RIGHT, TOP, BOTTOM = 34, 22, 18, 26


@dataclass(frozen=True)
class Segment:
    """One coloured part of a bar, in SVG coordinates."""

    y: float
    height: float
    css: str
    value: int


@dataclass(frozen=True)
class Bar:
    """A bar: its slot, its stacked segments, its axis label (blank when skipped) and its tooltip."""

    x: float
    width: float
    segments: list[Segment]
    label: str
    total: int
    tooltip: str


@dataclass(frozen=True)
class BarChart:
    """A laid-out chart: size, bars, gridlines as (y, value), the baseline and the plot's left and right ends."""

    width: int
    height: int
    bars: list[Bar]
    gridlines: list[tuple[float, int]]
    baseline: float
    left: int
    right: int

    def bars_svg(self, show_values: bool = False) -> Markup:
        """Return every bar as SVG: a group with its tooltip, hit area, segments, value (if shown) and label.

        Four charts of thirty bars drawn by a template loop cost about a millisecond; joined here a fifth of that.
        """
        parts = []
        for bar in self.bars:
            centre = bar.x + bar.width / 2
            parts.append(
                f'<g class="bar"><title>{escaped(bar.tooltip)}</title><rect class="bar-hit" x="{bar.x}" y="0" '
                f'width="{bar.width}" height="{self.baseline}"></rect>'
            )
            parts.extend(
                f'<rect class="{escaped(s.css)}" x="{bar.x}" y="{s.y}" width="{bar.width}" height="{s.height}" '
                f'rx="2"></rect>'
                for s in bar.segments
            )
            if show_values and bar.total:
                parts.append(
                    f'<text class="value" x="{centre}" y="{bar.segments[-1].y - 4}" text-anchor="middle">'
                    f"{bar.total}</text>"
                )
            if bar.label:
                parts.append(
                    f'<text class="axis" x="{centre}" y="{self.baseline + 17}" text-anchor="middle">'
                    f"{escaped(bar.label)}</text>"
                )
            parts.append("</g>")
        return Markup("".join(parts))

    def table_rows(self) -> Markup:
        """Return the chart's numbers as table rows, one per bar: its tooltip's name and value."""
        rows = []
        for bar in self.bars:
            name, value = bar.tooltip.split(": ", 1)
            rows.append(f'<tr><th scope="row">{escaped(name)}</th><td>{escaped(value)}</td></tr>')
        return Markup("".join(rows))


def gridline_step(value: int) -> int:
    """Return the gap between four gridlines covering `value`: 1, 2 or 5 times a power of ten."""
    needed = max(value, 1) / 4
    power = 10 ** math.floor(math.log10(needed)) if needed >= 1 else 1
    return next(step * power for step in (1, 2, 5, 10) if step * power >= needed)


def bar_chart(labels: list[str], series: list[tuple[str, list[int]]], tooltips: list[str]) -> BarChart:
    """Lay out stacked bars: one per label ("" for none under it), one segment per (css class, values)."""
    totals = [sum(values[i] for _, values in series) for i in range(len(labels))]
    step = gridline_step(max(totals, default=0))
    top = 4 * step
    plot_height, baseline = HEIGHT - TOP - BOTTOM, HEIGHT - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / max(len(labels), 1)
    bars = []
    for i, label in enumerate(labels):
        y, segments = float(baseline), []
        for css, values in series:
            height = plot_height * values[i] / top
            y -= height
            if values[i]:
                segments.append(Segment(round(y, 2), round(height, 2), css, values[i]))
        bars.append(
            Bar(round(LEFT + i * slot + slot * 0.15, 2), round(slot * 0.7, 2), segments, label, totals[i], tooltips[i])
        )
    gridlines = [(round(baseline - plot_height * k / 4, 2), step * k) for k in range(5)]
    return BarChart(WIDTH, HEIGHT, bars, gridlines, baseline, LEFT, WIDTH - RIGHT)


CELL, GAP, HEAT_LEFT, HEAT_TOP = 11, 2, 26, 16


class HeatCell(NamedTuple):
    """One day of the heatmap: its square, its shade (0 none … 4 most) and its label.

    A named tuple, not a frozen dataclass: a year makes 365 of them per stats page, and a tuple is made
    several times faster.
    """

    x: int
    y: int
    level: int
    label: str


@dataclass(frozen=True)
class Heatmap:
    """A year laid out as weeks (columns) of days Monday to Sunday (rows), with month names over the columns."""

    width: int
    height: int
    cells: list[HeatCell]
    months: list[tuple[int, str]]
    weekdays: list[tuple[int, str]]


def heat_level(count: int, busiest: int) -> int:
    """Return the shade of a day: 0 with no review, else 1–4 by its share of the busiest day."""
    return 0 if count <= 0 else min(4, 1 + (4 * count - 1) // max(busiest, 1))


def heatmap(days: list[tuple[dt.date, int]], label: Callable[[dt.date, int], str]) -> Heatmap:
    """Lay out the days (oldest first) in week columns starting on Mondays; each cell labelled by `label`."""
    start = days[0][0]
    first = start - dt.timedelta(days=start.weekday())
    busiest = max(max((count for _, count in days), default=0), 1)
    step = CELL + GAP
    cells, months = [], []
    # One pass, the shade worked out inline: this loop runs for 365 days on every stats page.
    for day, count in days:
        offset = (day - first).days
        x = HEAT_LEFT + offset // 7 * step
        level = 0 if count <= 0 else min(4, 1 + (4 * count - 1) // busiest)  # heat_level, inline
        cells.append(HeatCell(x, HEAT_TOP + offset % 7 * step, level, label(day, count)))
        if day.day == 1 or (day == start and day.day < 20):
            months.append((x, f"{day:%b}"))
    weeks = (days[-1][0] - first).days // 7 + 1
    weekdays = [(HEAT_TOP + row * step + CELL - 2, name) for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri"))]
    return Heatmap(HEAT_LEFT + weeks * step, HEAT_TOP + 7 * step, cells, months, weekdays)


def heat_cells_svg(cells: list[HeatCell]) -> Markup:
    """Return the heatmap's day squares as one SVG string (labels escaped).

    A year is 365 cells of four values each: drawn by a template loop they cost more than the rest of the
    stats page; joined here they cost a tenth of that, and the markup is the same.
    """
    return Markup(
        "".join(
            f'<rect class="heat-{level}" x="{x}" y="{y}" width="11" height="11" rx="2">'
            f"<title>{escaped(label)}</title></rect>"
            for x, y, level, label in cells
        )
    )
