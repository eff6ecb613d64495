"""A student downloads their own progress (JSON and CSV) and can delete their account with all of it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from sqlalchemy import func, select

from quizapp.db import db
from quizapp.models import CardState, CardStateKind, Review, User
from tests.factories import add_card, add_review
from tests.web.conftest import PASSWORD

AT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
EMBASSY, APOLOGY = "sample-kuwait-embassy-reopened", "sample-kuwait-apology"


@pytest.fixture
def two_students(app, client, auth):
    """amira (logged in on `client`) with two cards and three reviews; ben with one card and review."""
    for name in ("ben", "amira"):
        auth.register(name)
        auth.logout()
    auth.login("amira")
    with app.app_context():
        amira, ben = (db.session.scalars(select(User).where(User.username == n)).one() for n in ("amira", "ben"))
        for question in (EMBASSY, APOLOGY):
            add_card(amira, question, CardStateKind.REVIEW, AT + dt.timedelta(days=3))
        for typed in ("2013", '=HYPERLINK("x")', "2012"):
            review = add_review(amira, EMBASSY, 3, AT)
            review.typed_answer = typed
        add_card(ben, EMBASSY, CardStateKind.LEARNING, AT)
        add_review(ben, EMBASSY, 1, AT).typed_answer = "ben's secret answer"
        db.session.commit()
        return amira.id, ben.id


def test_the_json_download_holds_the_students_own_cards_and_reviews(client, two_students):
    response = client.get("/account/progress.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    document = json.loads(response.data)
    assert document["username"] == "amira"
    assert [c["question_id"] for c in document["card_states"]] == sorted([EMBASSY, APOLOGY])
    assert [r["typed_answer"] for r in document["review_log"]] == ["2013", '=HYPERLINK("x")', "2012"]
    assert document["card_states"][0]["due"].startswith("2026-03-04T09:30")
    assert b"ben" not in response.data


def test_the_csv_downloads_have_a_header_a_row_each_and_no_formulas(client, two_students):
    cards = list(csv.DictReader(io.StringIO(client.get("/account/cards.csv").data.decode())))
    assert [c["question_id"] for c in cards] == sorted([EMBASSY, APOLOGY])
    response = client.get("/account/reviews.csv")
    assert response.mimetype == "text/csv"
    reviews = list(csv.DictReader(io.StringIO(response.data.decode())))
    assert [r["typed_answer"] for r in reviews] == ["2013", '\'=HYPERLINK("x")', "2012"]
    assert {r["rating"] for r in reviews} == {"3"}


def test_downloads_need_a_login(app):
    for url in ("/account/progress.json", "/account/cards.csv", "/account/reviews.csv", "/account/delete"):
        assert app.test_client().get(url).status_code == 302


def count(model, user_id: int) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(model.user_id == user_id))


def test_deleting_the_account_needs_the_password_and_takes_all_its_progress(app, client, auth, two_students):
    amira, ben = two_students
    wrong = client.post("/account/delete", data={"password": "not my password"})
    assert wrong.status_code == 400 and b"That is not your password." in wrong.data
    with app.app_context():
        assert db.session.get(User, amira) is not None
    response = client.post("/account/delete", data={"password": PASSWORD})
    assert response.status_code == 302
    assert b"Your account and all its progress are deleted." in client.get("/").data
    assert client.get("/settings").status_code == 302
    with app.app_context():
        assert db.session.get(User, amira) is None
        assert (count(CardState, amira), count(Review, amira)) == (0, 0)
        assert (count(CardState, ben), count(Review, ben)) == (1, 1)
    assert auth.login("amira").status_code == 400
