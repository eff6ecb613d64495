"""Lay out bar charts for server-side SVG: the template only draws the rectangles computed here."""

from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH, HEIGHT = 420, 200
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
        y, segments = baseline, []
        for css, values in series:
            height = plot_height * values[i] / top
            y -= height
            if values[i]:
                segments.append(Segment(round(y, 2), round(height, 2), css, values[i]))
        bars.append(Bar(round(LEFT + i * slot + slot * 0.15, 2), round(slot * 0.7, 2), segments,
                        label, totals[i], tooltips[i]))
    gridlines = [(round(baseline - plot_height * k / 4, 2), step * k) for k in range(5)]
    return BarChart(WIDTH, HEIGHT, bars, gridlines, baseline, LEFT, WIDTH - RIGHT)
