"""The pages around studying: why a deck has nothing to study, forgiving settings, the icon, the article."""

from __future__ import annotations

import gc

import pytest

from quizapp.db import db
from quizapp.models import User

EMBASSY = "sample-kuwait-embassy-reopened"
VALID = {
    "desired_retention": "0.85",
    "new_cards_per_day": "15",
    "reviews_per_day": "150",
    "timezone": "Asia/Kuwait",
    "day_starts_at_hour": "5",
}


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def _set(app, **values) -> None:
    with app.app_context():
        db.session.execute(db.update(User).values(**values))
        db.session.commit()


def _grade_new(client, count) -> None:
    for _ in range(count):
        html = client.get("/study").get_data(as_text=True)
        question_id = html.split('name="question_id" type="hidden" value="')[1].split('"')[0]
        client.post(
            "/study/grade",
            data={
                "question_id": question_id,
                "reps": "0",
                "rating": "4",
                "answer": "Mahmoud Abbas" if "apology" in question_id else "x",
            },
        )


def test_the_home_page_says_the_new_card_limit_was_reached(student, app):
    _set(app, new_cards_per_day=2)
    _grade_new(student, 2)
    html = student.get("/").get_data(as_text=True)
    assert "New-card limit reached for today — 2 of 2." in html


def test_the_home_page_tells_a_new_user_with_limit_0_why_nothing_starts(student, app):
    _set(app, new_cards_per_day=0)
    html = student.get("/").get_data(as_text=True)
    assert "Your new-card limit is 0 a day — raise it in Settings" in html


def test_the_home_page_says_the_review_limit_holds_back_new_cards(student, app):
    _set(app, reviews_per_day=1)
    _grade_new(student, 1)
    assert "Review limit reached for today — 1 of 1" in student.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("typed", "saved"), [("utc", "UTC"), ("europe/berlin", "Europe/Berlin"), (" ASIA/KUWAIT ", "Asia/Kuwait")]
)
def test_settings_take_a_time_zone_in_any_case(student, app, typed, saved):
    assert student.post("/settings", data={**VALID, "timezone": typed}).status_code == 302
    with app.app_context():
        assert db.session.scalars(db.select(User.timezone)).one() == saved


def test_settings_take_a_decimal_comma(student, app):
    assert student.post("/settings", data={**VALID, "desired_retention": "0,9"}).status_code == 302
    with app.app_context():
        assert db.session.scalars(db.select(User.desired_retention)).one() == 0.9


def test_the_site_has_an_icon(client):
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.data[:4] == b"\x00\x00\x01\x00"  # an ICO file
        assert response.mimetype == "image/vnd.microsoft.icon"


def test_the_article_folds_each_paragraphs_questions(student):
    html = student.get("/articles/kuwait-palestine-relations").get_data(as_text=True)
    assert '<details class="para-aside">' in html and "questions from this paragraph<span" in html
    assert '<aside class="para-aside"' not in html


def test_the_icon_is_revalidated_by_its_etag_and_holds_no_file_open(client):
    """A browser asks again after a day with If-None-Match: 304, no body, and no file left open to the GC."""
    with client.get("/favicon.ico") as first:
        etag = first.headers["ETag"]
        assert first.headers["Cache-Control"] == "public, max-age=86400"
    with client.get("/favicon.ico", headers={"If-None-Match": etag}) as again:
        assert again.status_code == 304 and again.data == b""
    # A response nobody closes (a dropped connection) must not leave the icon's file open: warnings are errors.
    client.get("/favicon.ico", headers={"If-None-Match": etag})
    gc.collect()
