"""Custom study ahead of time (a deck, a tag, the cards failed today, one card): no schedule changes, no review."""

from __future__ import annotations

import pytest

from tests.web.scheduling_helpers import card_row, due_review, grade, hold_row, reveal, review_count, shown_id
from tests.web.study_helpers import grade_buttons

EMBASSY, APOLOGY, CLOZE, DONATION = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
)
QATAR_TONS, QATAR_MAP = "sample-qatar-aid-tons", "sample-qatar-map"
ANSWERS = {APOLOGY: "Mahmoud Abbas"}


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def _study_ahead(client) -> list[str]:
    """Go through the custom session from /study/ahead, grading Again each time; return the cards shown."""
    seen: list[str] = []
    for _ in range(20):
        html = client.get("/study/ahead").get_data(as_text=True)
        question_id = shown_id(html)
        if question_id is None:
            assert "Custom study finished" in html
            return seen
        assert 'name="ahead" type="hidden" value="1"' in html and "changes no" in html
        seen.append(question_id)
        reps = html.split('name="reps" type="hidden" value="')[1].split('"')[0]
        data = {
            "question_id": question_id,
            "reps": reps,
            "deck": "",
            "ahead": "1",
            "answer": ANSWERS.get(question_id, "x"),
        }
        page = client.post("/study/answer", data=data, follow_redirects=True).get_data(as_text=True)
        assert set(grade_buttons(page).values()) == {"no change"}
        assert grade(client, page, 1).headers["Location"] == "/study/ahead"
    raise AssertionError("the custom session never ended")


def test_a_chosen_card_studied_ahead_of_time_keeps_its_schedule_and_logs_no_review(student, app):
    due_review(app, EMBASSY, days_ago=1)
    before = card_row(app, EMBASSY)
    html = student.get(f"/study?card={EMBASSY}").get_data(as_text=True)
    assert shown_id(html) == EMBASSY and "Custom study, ahead of time" in html
    page = reveal(student, EMBASSY, reps=5, ahead=True)
    assert "no change" in page
    response = grade(student, page, 1)
    assert response.status_code == 303 and response.headers["Location"] == "/study/ahead"
    assert card_row(app, EMBASSY) == before and review_count(app) == 0
    assert "Custom study finished" in student.get("/study/ahead").get_data(as_text=True)


def test_a_new_card_studied_ahead_stays_new(student, app):
    student.get(f"/study?card={DONATION}")
    grade(student, reveal(student, DONATION, ahead=True), 3)
    assert card_row(app, DONATION) is None and review_count(app) == 0


def test_custom_study_of_a_tag_shows_its_cards_once_each_but_not_a_suspended_one(student, app):
    assert student.post("/browse/bulk", data={"question_ids": CLOZE, "action": "suspend"}).status_code == 303
    response = student.post("/study/custom", data={"scope": "tag", "tag": "date"})
    assert response.status_code == 303 and response.headers["Location"] == "/study/ahead"
    assert _study_ahead(student) == [EMBASSY]  # tagged date: the embassy and the cloze, which is suspended
    assert review_count(app) == 0 and hold_row(app, CLOZE)[0] is True


def test_custom_study_of_a_deck_goes_through_the_deck(student, app):
    assert student.post("/study/custom", data={"scope": "deck", "deck": "qatar"}).status_code == 303
    assert sorted(_study_ahead(student)) == [QATAR_TONS, QATAR_MAP]
    assert review_count(app) == 0 and card_row(app, QATAR_MAP) is None


def test_custom_study_of_the_cards_failed_today(student, app):
    grade(student, reveal(student, EMBASSY), 1)  # a real review, failed
    grade(student, reveal(student, DONATION), 3)
    assert review_count(app) == 2
    before = card_row(app, EMBASSY)
    assert student.post("/study/custom", data={"scope": "failed"}).status_code == 303
    assert _study_ahead(student) == [EMBASSY]
    assert card_row(app, EMBASSY) == before and review_count(app) == 2


def test_the_custom_study_form_refuses_an_unknown_deck_or_tag_beside_the_field(student):
    assert "Study ahead of time" in student.get("/study/custom").get_data(as_text=True)
    for data in (
        {"scope": "deck", "deck": "no-such-deck"},
        {"scope": "tag", "tag": "no-such-tag"},
        {"scope": "everything"},
    ):
        response = student.post("/study/custom", data=data)
        assert response.status_code == 400 and "field-errors" in response.get_data(as_text=True), data


def test_a_retired_or_unknown_card_cannot_be_studied_ahead(student):
    assert student.get("/study?card=no-such-card").status_code == 404
