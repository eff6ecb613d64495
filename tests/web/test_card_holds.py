"""Suspend, bury and reset a card by hand, from the answer page and the browser; never shown nor counted."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.db import db
from quizapp.models import User
from quizapp.queue import study_counts
from tests.web.scheduling_helpers import card_row, due_review, grade, hold_row, reveal, review_count, shown_id
from tests.web.study_helpers import Clock

EMBASSY, APOLOGY, DONATION = "sample-kuwait-embassy-reopened", "sample-kuwait-apology", "sample-kuwait-donation"
UTC = dt.UTC


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def _counts(app, now=None):
    with app.app_context():
        counts = study_counts(db.session, db.session.scalars(db.select(User)).one(), None, now)
        return counts.new, counts.due


def _act(client, question_id: str, action: str, ahead: str = ""):
    return client.post(
        "/study/card",
        data={"card-question_id": question_id, "card-deck": "", "card-action": action, "card-ahead": ahead},
    )


def test_a_card_suspended_from_the_answer_page_is_never_shown_nor_counted_until_unsuspended(student, app):
    due_review(app, EMBASSY)
    assert _counts(app)[1] == 1
    page = reveal(student, EMBASSY, reps=5)
    assert 'value="suspend"' in page and 'value="bury"' in page and 'value="reset"' in page
    response = _act(student, EMBASSY, "suspend")
    assert response.status_code == 303
    assert "Card suspended" in student.get(response.headers["Location"]).get_data(as_text=True)
    assert _counts(app)[1] == 0 and hold_row(app, EMBASSY)[0] is True
    for _ in range(3):
        assert shown_id(student.get("/study").get_data(as_text=True)) != EMBASSY
    assert card_row(app, EMBASSY)[-2] == 5  # the schedule itself is untouched
    assert student.post("/browse/bulk", data={"question_ids": EMBASSY, "action": "unsuspend"}).status_code == 303
    assert _counts(app)[1] == 1
    assert shown_id(student.get("/study").get_data(as_text=True)) == EMBASSY


def test_a_suspended_new_card_is_not_counted_as_new(student, app):
    new_before = _counts(app)[0]
    assert (
        student.post("/browse/bulk", data={"question_ids": [EMBASSY, APOLOGY], "action": "suspend"}).status_code == 303
    )
    assert _counts(app)[0] == new_before - 2
    assert shown_id(student.get("/study").get_data(as_text=True)) not in (EMBASSY, APOLOGY)


def test_a_buried_card_comes_back_on_the_next_study_day(student, app, monkeypatch):
    clock = Clock(monkeypatch, dt.datetime(2026, 3, 3, 12, tzinfo=UTC))
    with app.app_context():
        db.session.execute(db.update(User).values(timezone="UTC", day_starts_at_hour=4))
        db.session.commit()
    new_before = _counts(app, clock.now)[0]
    reveal(student, EMBASSY)
    assert _act(student, EMBASSY, "bury").status_code == 303
    assert hold_row(app, EMBASSY)[2] == dt.datetime(2026, 3, 4, 4, tzinfo=UTC)
    assert _counts(app, clock.now)[0] == new_before - 1
    assert shown_id(student.get("/study").get_data(as_text=True)) != EMBASSY
    clock.now = dt.datetime(2026, 3, 4, 4, 1, tzinfo=UTC)  # the next study day
    assert _counts(app, clock.now)[0] == new_before
    assert shown_id(student.get("/study").get_data(as_text=True)) == EMBASSY


def test_reset_makes_a_card_new_again_and_keeps_its_history(student, app):
    page = reveal(student, EMBASSY)
    grade(student, page, 3)
    assert card_row(app, EMBASSY) is not None and review_count(app) == 1
    response = student.post(f"/browse/card/{EMBASSY}", data={"action": "reset"})
    assert response.status_code == 303
    html = student.get(response.headers["Location"]).get_data(as_text=True)
    assert "Card reset" in html and '<dd id="card-state">new</dd>' in html and "Good" in html  # history kept
    assert card_row(app, EMBASSY) is None and review_count(app) == 1


def test_undo_keeps_working_around_held_cards(student, app):
    grade(student, reveal(student, EMBASSY), 3)
    reveal(student, DONATION)
    assert _act(student, DONATION, "suspend").status_code == 303
    assert student.post("/study/undo", data={"undo-deck": ""}).status_code == 303
    assert card_row(app, EMBASSY) is None and review_count(app) == 0
    assert shown_id(student.get("/study").get_data(as_text=True)) == EMBASSY
    assert hold_row(app, DONATION)[0] is True  # undo takes back answers, not a suspension made since


def test_a_bad_card_action_is_a_400(student):
    assert _act(student, EMBASSY, "explode").status_code == 400
    assert _act(student, "no-such-card", "bury").status_code == 400
    assert student.post(f"/browse/card/{EMBASSY}", data={"action": "explode"}).status_code == 400
    assert student.post("/browse/card/no-such-card", data={"action": "suspend"}).status_code == 404


def test_a_card_taken_back_by_undo_then_suspended_is_not_shown_again(student, app):
    grade(student, reveal(student, EMBASSY), 3)
    assert student.post("/study/undo", data={"undo-deck": ""}).status_code == 303
    assert student.post(f"/browse/card/{EMBASSY}", data={"action": "suspend"}).status_code == 303
    for _ in range(2):
        assert shown_id(student.get("/study").get_data(as_text=True)) != EMBASSY


def test_deleting_the_account_deletes_its_holds_too(student, app):
    assert student.post("/browse/bulk", data={"question_ids": EMBASSY, "action": "suspend"}).status_code == 303
    assert hold_row(app, EMBASSY) is not None
    assert student.post("/account/delete", data={"password": "correct horse battery"}).status_code in (302, 303)
    assert hold_row(app, EMBASSY) is None
