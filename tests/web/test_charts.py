"""Bar chart layout for the stats page: round gridlines, stacked segments, bars inside the plot."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.web.stats.charts import HEIGHT, WIDTH, bar_chart, gridline_step, heat_cells_svg, heatmap


@pytest.mark.parametrize(
    ("largest", "step"), [(0, 1), (4, 1), (5, 2), (8, 2), (10, 5), (30, 10), (41, 20), (400, 100), (1000, 500)]
)
def test_gridlines_are_round_and_cover_the_largest_bar(largest, step):
    assert gridline_step(largest) == step and 4 * step >= largest


def test_stacked_bars_sit_on_the_baseline_and_scale_to_the_top_gridline():
    chart = bar_chart(["a", "", "c"], [("ok", [3, 0, 8]), ("bad", [1, 0, 0])], ["a: 4", "b: 0", "c: 8"])
    first, empty, last = chart.bars
    assert [s.css for s in first.segments] == ["ok", "bad"] and empty.segments == [] and empty.label == ""
    assert first.segments[0].y + first.segments[0].height == pytest.approx(chart.baseline)
    assert first.segments[1].y + first.segments[1].height == pytest.approx(first.segments[0].y)
    top_y, top_value = chart.gridlines[-1]
    assert top_value == 8 and last.segments[0].y == pytest.approx(top_y)
    assert all(chart.left <= bar.x and bar.x + bar.width <= chart.right for bar in chart.bars)
    assert (chart.width, chart.height) == (WIDTH, HEIGHT)


def test_heat_cells_are_one_svg_string_with_escaped_labels():
    days = [(dt.date(2026, 3, 2), 0), (dt.date(2026, 3, 3), 5)]
    svg = heat_cells_svg(heatmap(days, lambda day, count: f"<b>{day.day}</b> & {count}").cells)
    assert svg.count("<rect ") == 2 and svg.count("</rect>") == 2
    assert 'class="heat-0"' in svg and 'class="heat-4"' in svg
    assert "<title>&lt;b&gt;3&lt;/b&gt; &amp; 5</title>" in svg and "<b>" not in svg


def test_bars_and_table_rows_are_drawn_as_svg_and_rows_with_escaped_text():
    chart = bar_chart(["<a>", ""], [("ok", [3, 0]), ("bad", [1, 0])], ["<a>: 4 & more", "b: 0"])
    svg, rows = str(chart.bars_svg(show_values=True)), str(chart.table_rows())
    first = chart.bars[0]
    assert svg.count('<g class="bar">') == 2 and svg.count("</g>") == 2
    assert svg.count('<rect class="ok"') == 1 and svg.count('<rect class="bad"') == 1  # no segment for a zero
    assert f'<text class="value" x="{first.x + first.width / 2}" y="{first.segments[-1].y - 4}"' in svg
    assert svg.count('class="value"') == 1 and svg.count('class="axis"') == 1  # the empty bar: no value, no label
    assert "<title>&lt;a&gt;: 4 &amp; more</title>" in svg and ">&lt;a&gt;</text>" in svg and "<a>" not in svg
    assert (
        rows == '<tr><th scope="row">&lt;a&gt;</th><td>4 &amp; more</td></tr><tr><th scope="row">b</th><td>0</td></tr>'
    )
    assert 'class="value"' not in str(chart.bars_svg())
