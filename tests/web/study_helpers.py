"""Helpers for the study-loop web tests: a settable clock, the grade buttons and the grade form of a page."""

from __future__ import annotations

import datetime as dt
import re

from quizapp import reviews, studyday
from quizapp.web.browse import views as browse_views
from quizapp.web.study import custom, views


class Clock:
    """The time the study views, the review service and the study day see; set it with `clock.now = ...`."""

    def __init__(self, monkeypatch, now: dt.datetime):
        self.now = now
        for module in (views, custom, browse_views, reviews, studyday):
            monkeypatch.setattr(module, "utcnow", lambda: self.now)


def grade_buttons(html: str) -> dict[int, str]:
    """Return each grade's value and the interval its button shows."""
    return {
        int(value): interval
        for value, interval in re.findall(
            r'<button type="submit" name="rating" value="(\d)".*?class="grade-interval"[^>]*>([^<]+)<', html, re.S
        )
    }


def grade_form_fields(html: str) -> dict[str, str]:
    """Return the hidden fields of the answer page's grade form, as the browser would post them."""
    form = re.search(r'<form[^>]*id="grade-form".*?</form>', html, re.S).group(0)
    return dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form))


def choice_order(html: str) -> list[str]:
    """Return the choices of a multiple-choice card in the order shown."""
    return re.findall(r'<button type="submit" name="answer" value="([^"]+)"', html)
