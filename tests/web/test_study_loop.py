"""The study loop through the web: what a grade button shows is what it gives, PRG, each text once."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from quizapp.db import db
from quizapp.models import CardState, Question, User
from quizapp.scheduling import StudyClock
from tests.scheduling.anki_helpers import review_card
from tests.web.study_helpers import Clock, choice_order, grade_buttons, grade_form_fields

EMBASSY, APOLOGY, CLOZE = "sample-kuwait-embassy-reopened", "sample-kuwait-apology", "sample-kuwait-apology-cloze"
UTC = dt.UTC


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def _user(app, **settings) -> None:
    with app.app_context():
        db.session.execute(db.update(User).values(**settings))
        db.session.commit()


def _review_card(app, question_id, **fields) -> None:
    with app.app_context():
        review_card(db.session.scalars(db.select(User)).one(), question_id, **fields)


def _card(app, question_id) -> CardState:
    with app.app_context():
        return db.session.scalars(db.select(CardState).filter_by(question_id=question_id)).one()


def _reveal_and_grade(client, clock, question_id, reveal_at, grade_at, rating=3) -> dict[int, str]:
    """Reveal a card's answer at one time and grade it at another, as a student would; return the buttons."""
    clock.now = reveal_at
    html = client.post(
        "/study/answer", data={"question_id": question_id, "reps": "5", "deck": ""}, follow_redirects=True
    ).get_data(as_text=True)
    buttons = grade_buttons(html)
    clock.now = grade_at
    assert client.post("/study/grade", data={**grade_form_fields(html), "rating": str(rating)}).status_code == 303
    return buttons


def test_the_grade_gives_the_interval_its_button_showed_across_the_day_rollover(student, app, monkeypatch):
    _user(app, timezone="UTC")
    _review_card(
        app,
        EMBASSY,
        last_review=dt.datetime(2025, 3, 2, 4, 0, tzinfo=UTC),
        due=dt.datetime(2025, 3, 3, 4, tzinfo=UTC),
        stability=1.0,
    )
    clock = Clock(monkeypatch, dt.datetime(2025, 3, 3, 3, 55, tzinfo=UTC))
    reveal, graded = dt.datetime(2025, 3, 3, 3, 55, tzinfo=UTC), dt.datetime(2025, 3, 3, 4, 5, tzinfo=UTC)
    buttons = _reveal_and_grade(student, clock, EMBASSY, reveal, graded)
    card = _card(app, EMBASSY)
    days = StudyClock("UTC", 4).days_between(card.last_review, card.due)
    assert buttons[3] == f"{days}d"


def test_intervals_shown_are_study_days_across_a_dst_change(student, app, monkeypatch):
    _user(app, timezone="Europe/Berlin")
    berlin = StudyClock("Europe/Berlin", 4)
    reveal = dt.datetime(2025, 10, 25, 2, 30, tzinfo=UTC)  # 04:30 in Berlin; summer time ends on the 26th
    _review_card(app, EMBASSY, last_review=reveal - dt.timedelta(days=4), due=reveal, stability=3.0)
    clock = Clock(monkeypatch, reveal)
    buttons = _reveal_and_grade(student, clock, EMBASSY, reveal, reveal + dt.timedelta(seconds=20))
    card = _card(app, EMBASSY)
    assert buttons[3] == f"{berlin.days_between(reveal, card.due)}d"
    assert card.due == berlin.start_of(berlin.day_of(card.due))


def test_answering_is_post_redirect_get_and_back_after_grading_resends_nothing(student):
    response = student.post("/study/answer", data={"question_id": EMBASSY, "reps": "0", "answer": "2013"})
    assert response.status_code == 303 and response.headers["Location"] == "/study/answer"
    answer_page = student.get("/study/answer")
    assert answer_page.status_code == 200 and "Correct" in answer_page.get_data(as_text=True)
    assert "no-store" in answer_page.headers["Cache-Control"]
    html = answer_page.get_data(as_text=True)
    assert student.get("/study/answer").get_data(as_text=True).count("Correct") == html.count("Correct")  # reload
    graded = student.post("/study/grade", data={**grade_form_fields(html), "rating": "3"})
    assert graded.status_code == 303
    back = student.get("/study/answer")  # Back after grading: on to the current card, no form re-sent
    assert back.status_code == 303 and back.headers["Location"] == "/study"


def test_the_choice_order_of_a_card_is_stable(student):
    first = choice_order(student.get(f"/study?card={APOLOGY}").get_data(as_text=True))
    student.post("/study/grade", data={"question_id": APOLOGY, "reps": "0", "answer": "Mahmoud Abbas", "rating": "1"})
    again = choice_order(student.get(f"/study?card={APOLOGY}").get_data(as_text=True))
    assert len(first) == 4 and again == first


def test_the_answer_page_shows_the_cloze_sentence_once(student):
    html = student.post("/study/answer", data={"question_id": CLOZE, "reps": "0"}, follow_redirects=True).get_data(
        as_text=True
    )
    shown = re.sub(r'<h1 class="[^"]*visually-hidden[^"]*".*?</h1>', "", html, flags=re.S)  # only for the ear
    text = re.sub(r"<[^>]+>", "", shown)
    assert text.count("Mahmoud Abbas made formal apology to Kuwait") == 1
    assert "Read it in the article" in html
    # A screen reader has the filled sentence as the page's heading, and the gap's answer in the title.
    assert re.search(r'<h1 class="card-cloze card-back visually-hidden" dir="auto">In <mark[^>]*>2004</mark>', html)
    assert "<title>Answer: 2004 · " in html


def _answer_page(client, app, answer, typed) -> str:
    with app.app_context():
        db.session.get(Question, EMBASSY).answer = answer
        db.session.commit()
    return client.post(
        "/study/answer", data={"question_id": EMBASSY, "reps": "0", "answer": typed}, follow_redirects=True
    ).get_data(as_text=True)


def test_a_close_answer_shows_where_it_differs(student, app):
    html = _answer_page(student, app, "Mahmoud Abbas", "Mahmud Abas")
    assert "another spelling" in html or "check the spelling" in html
    assert '<ins class="diff-missed">o</ins>' in html and '<ins class="diff-missed">b</ins>' in html


def test_a_surname_alone_is_said_to_be_incomplete(student, app):
    html = _answer_page(student, app, "Mahmoud Abbas", "Abbas")
    assert "Incomplete — give the full name" in html and "check the spelling" not in html
    assert re.search(r'value="2"[^>]*class="grade grade-hard is-suggested"', html)


@pytest.mark.parametrize(
    "typed", ["P.L.O.", "Palestinian Liberation Organization", "Palestine Liberation Organization"]
)
def test_an_acronym_the_article_defines_is_accepted_both_ways(student, app, typed):
    assert "Correct" in _answer_page(student, app, "PLO", typed)
