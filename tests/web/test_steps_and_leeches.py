"""Learning and relearning steps per user (Anki's "1m 10m"), and leeches tagged, suspended and explained."""

from __future__ import annotations

import pytest

from quizapp.db import db
from quizapp.holds import is_leech_lapse
from quizapp.models import User
from tests.web.scheduling_helpers import SETTINGS, card_row, due_review, grade, hold_row, reveal, review_count, shown_id
from tests.web.study_helpers import grade_buttons

EMBASSY = "sample-kuwait-embassy-reopened"


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def _user(app) -> User:
    with app.app_context():
        return db.session.scalars(db.select(User)).one()


def test_learning_steps_set_in_settings_are_the_intervals_a_new_card_gets(student, app):
    assert student.post("/settings", data={**SETTINGS, "learning_steps": "2m 30m"}).status_code == 302
    buttons = grade_buttons(reveal(student, EMBASSY))
    assert (buttons[1], buttons[3]) == ("2m", "30m")
    assert _user(app).learning_steps == "2m 30m"


def test_steps_are_stored_tidied_in_anki_form(student, app):
    assert student.post("/settings", data={**SETTINGS, "learning_steps": "90s, 1.5h  1D"}).status_code == 302
    assert _user(app).learning_steps == "90s 90m 1d"
    assert 'value="90s 90m 1d"' in student.get("/settings").get_data(as_text=True)


def test_no_learning_steps_send_a_new_card_straight_to_review(student, app):
    assert student.post("/settings", data={**SETTINGS, "learning_steps": ""}).status_code == 302
    assert _user(app).learning_steps == ""
    buttons = grade_buttons(reveal(student, EMBASSY))
    assert all(interval.endswith("d") for interval in buttons.values()), buttons


def test_relearning_steps_are_what_a_lapse_gets(student, app):
    assert student.post("/settings", data={**SETTINGS, "relearning_steps": "5m 1h"}).status_code == 302
    due_review(app, EMBASSY)
    assert grade_buttons(reveal(student, EMBASSY, reps=5))[1] == "5m"


@pytest.mark.parametrize("typed", ["1x 10m", "ten minutes", "0m", "10", "-1m", "400d"])
def test_a_bad_step_list_is_a_form_error_beside_the_field_and_saves_nothing(student, app, typed):
    response = student.post("/settings", data={**SETTINGS, "learning_steps": typed, "leech_threshold": "3"})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'id="learning_steps-errors"' in html and "Traceback" not in html
    user = _user(app)
    assert (user.learning_steps, user.leech_threshold) == ("1m 10m", 8)


def test_leech_lapses_are_at_the_threshold_and_every_half_threshold_after():
    assert [n for n in range(1, 25) if is_leech_lapse(n, 8)] == [8, 12, 16, 20, 24]
    assert [n for n in range(1, 15) if is_leech_lapse(n, 5)] == [5, 8, 11, 14]  # half of 5, rounded up
    assert not any(is_leech_lapse(n, 0) for n in range(50))  # 0 turns leeches off


def test_a_card_lapsing_the_threshold_is_tagged_leech_suspended_and_the_student_told_why(student, app):
    assert student.post("/settings", data={**SETTINGS, "leech_threshold": "3"}).status_code == 302
    due_review(app, EMBASSY, lapses=2)
    page = reveal(student, EMBASSY, reps=5)
    assert "Again would be lapse 3 of this card" in page  # warned on the answer page, before choosing
    response = grade(student, page, 1)
    assert response.status_code == 303
    shown = student.get(response.headers["Location"]).get_data(as_text=True)
    assert "This card is a leech: you have forgotten it 3 times" in shown
    assert hold_row(app, EMBASSY)[:2] == (True, True)
    assert shown_id(shown) != EMBASSY  # suspended: not shown again
    browser = student.get("/browse?tag=leech").get_data(as_text=True)
    assert EMBASSY in browser and "suspended" in browser
    # Undo takes back the lapse and the suspension with it.
    assert student.post("/study/undo", data={"undo-deck": ""}).status_code == 303
    assert hold_row(app, EMBASSY)[:2] == (False, False)
    assert card_row(app, EMBASSY)[-1] == 2 and review_count(app) == 0
    assert shown_id(student.get("/study").get_data(as_text=True)) == EMBASSY


def test_a_lapse_below_the_threshold_leaves_the_card_in_study(student, app):
    due_review(app, EMBASSY, lapses=5)
    page = reveal(student, EMBASSY, reps=5)
    assert "Again would be lapse" not in page
    grade(student, page, 1)
    assert hold_row(app, EMBASSY) is None and card_row(app, EMBASSY)[-1] == 6
