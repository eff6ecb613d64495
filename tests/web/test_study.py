"""The study routes through the test client: pages, answers, grades, undo, errors and privacy."""

from __future__ import annotations

import re

import pytest

from quizapp.db import db
from quizapp.models import CardState, Question, Review, User
from tests.conftest import make_app

EMBASSY, APOLOGY, CLOZE, DONATION = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
)
ARABIC = "sample-qatar-map"
POSTS = ("/study/answer", "/study/grade", "/study/undo")


def page(response) -> str:
    return response.get_data(as_text=True)


def post(client, path, question_id=EMBASSY, **fields):
    """Post a study form for a card that is still new, with sensible defaults; an answer is followed to its page."""
    data = {"question_id": question_id, "reps": "0", "deck": "", "shown_at": "1700000000000", **fields}
    return client.post(
        path, data={k: v for k, v in data.items() if v is not None}, follow_redirects=path == "/study/answer"
    )


def reviews(app):
    with app.app_context():
        return db.session.execute(
            db.select(Review.question_id, Review.rating, Review.typed_answer, Review.auto_correct)
        ).all()


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def test_every_route_needs_a_login(client):
    assert client.get("/study").status_code == 302
    assert "/login" in client.get("/study?deck=kuwait").headers["Location"]
    for path in POSTS:
        response = client.post(path, data={"question_id": EMBASSY, "reps": "0", "rating": "3"})
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_study_shows_the_first_card_of_the_deck(student):
    response = student.get("/study?deck=kuwait")
    assert response.status_code == 200
    html = page(response)
    assert "In what year was the Embassy of Palestine in Kuwait reopened?" in html
    assert 'name="csrf_token"' in html and 'for="answer"' in html
    assert student.get("/study").status_code == 200


def test_unknown_deck_or_card_is_404(student):
    assert student.get("/study?deck=no-such-deck").status_code == 404
    assert student.get("/study?card=no-such-card").status_code == 404


def test_a_wrong_typed_answer_shows_the_highlighted_source(student):
    response = post(student, "/study/answer", answer="2012")
    assert response.status_code == 200
    html = page(response)
    assert "Not quite" in html and "2012" in html
    assert (
        '<mark class="source-quote">In <strong class="source-answer">2013</strong>, '
        "the Embassy of Palestine in Kuwait was reopened.</mark>"
    ) in html
    assert 'href="/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p2"' in html
    assert re.search(r'value="1"[^>]*class="grade grade-again is-suggested"[^>]*autofocus', html)
    intervals = re.findall(r'class="grade-interval"[^>]*>([^<]+)<', html)
    assert intervals[:3] == ["1m", "6m", "10m"] and intervals[3].endswith("d")


def test_a_right_typed_answer_suggests_good(student):
    html = page(post(student, "/study/answer", answer="in 2013"))
    assert "Correct" in html
    assert re.search(r'value="3"[^>]*class="grade grade-good is-suggested"', html)


def test_typed_answers_are_escaped(student):
    html = page(post(student, "/study/answer", answer="<script>alert(1)</script>"))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_digit_that_is_not_decimal_is_checked_not_a_server_error(student):
    response = post(student, "/study/answer", answer="፳፻፲፫")  # 2013 in Ethiopic numerals
    assert response.status_code == 200 and "Not quite" in page(response)


def test_choices_are_buttons_and_a_pick_outside_them_is_400(student):
    html = page(student.get(f"/study?card={APOLOGY}"))
    assert html.count('name="answer" value="') == 4 and 'value="Mahmoud Abbas"' in html
    assert "Correct" in page(post(student, "/study/answer", APOLOGY, answer="Mahmoud Abbas"))
    assert post(student, "/study/answer", APOLOGY, answer="Napoleon").status_code == 400


def test_cloze_hides_the_gap_until_revealed(student):
    html = page(student.get(f"/study?card={CLOZE}"))
    gap = '<span class="cloze-gap"><span aria-hidden="true">[…]</span><span class="visually-hidden">blank</span></span>'
    assert f"{gap}, Mahmoud Abbas" in html and "data-reveal" in html  # a screen reader says "blank"
    html = page(post(student, "/study/answer", CLOZE))
    # The sentence is the quoted one of its paragraph: shown there once, the answer in bold.
    assert '<mark class="source-quote">In <strong class="source-answer">2004</strong>, Mahmoud Abbas' in html
    assert "is-suggested" not in html and "autofocus" not in html.split('id="grade-form"')[1]  # no grade chosen


def test_arabic_text_keeps_its_direction(student):
    html = page(student.get(f"/study?card={ARABIC}"))
    assert re.search(r'<h1 class="card-prompt" dir="auto">What does the Arabic word فلسطين mean\?</h1>', html)


def test_grading_stores_the_review_and_moves_on(student, app):
    response = post(student, "/study/grade", answer="2012", rating="1")
    assert response.status_code == 303 and response.headers["Location"] == "/study"
    assert reviews(app) == [(EMBASSY, 1, "2012", False)]
    with app.app_context():
        card = db.session.scalars(db.select(CardState)).one()
        review = db.session.scalars(db.select(Review)).one()
        assert (card.reps, card.state, review.state_before, review.state_after["reps"]) == (1, 1, None, 1)
        assert review.duration_ms == 5 * 60 * 1000  # an old page: capped, not days
    # Next: a new card of another type from the other deck (new cards interleave types and decks).
    assert "What does the Arabic word" in page(student.get("/study"))


def test_a_second_grade_of_the_same_card_is_refused(student, app):
    post(student, "/study/grade", rating="3")
    response = post(student, "/study/grade", rating="3")
    assert response.status_code == 303
    assert len(reviews(app)) == 1
    assert "already answered" in page(student.get("/study"))


def test_undo_restores_the_card_and_shows_it_again(student, app):
    post(student, "/study/grade", rating="4")
    response = student.post("/study/undo", data={"undo-deck": "kuwait"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/study?deck=kuwait"
    assert reviews(app) == []
    html = page(student.get("/study?deck=kuwait"))
    assert f'value="{EMBASSY}"' in html and 'name="ahead" type="hidden" value=""' in html  # shown again, for real
    with app.app_context():
        assert db.session.scalars(db.select(CardState)).all() == []
    assert "Nothing to undo" in page(student.post("/study/undo", follow_redirects=True))


def test_no_more_cards_today(student, app):
    with app.app_context():
        db.session.execute(db.update(User).values(new_cards_per_day=1))
        db.session.commit()
    post(student, "/study/grade", rating="4")
    html = page(student.get("/study"))
    assert "No more cards today" in html
    assert "No more cards today" in page(student.get("/study?deck=qatar"))


@pytest.mark.parametrize(
    "fields",
    [
        {"rating": "9"},
        {"rating": "x"},
        {"rating": None},
        {"reps": "x", "rating": "3"},
        {"reps": None, "rating": "3"},
        {"question_id": "no-such-question", "rating": "3"},
        {"question_id": "", "rating": "3"},
        {"deck": "no-such-deck", "rating": "3"},
        {"shown_at": "soon", "rating": "3"},
        {"answer": "x" * 501, "rating": "3"},
    ],
)
def test_bad_grade_data_is_400(student, app, fields):
    assert post(student, "/study/grade", **fields).status_code == 400
    assert reviews(app) == []


def test_bad_answer_data_is_400(student):
    assert post(student, "/study/answer", question_id="nope").status_code == 400
    assert post(student, "/study/answer", reps="-1").status_code == 400
    assert student.post("/study/undo", data={"undo-deck": "nope"}).status_code == 400


def test_a_retired_question_cannot_be_studied(student, app):
    with app.app_context():
        db.session.get(Question, EMBASSY).retired = True
        db.session.commit()
    assert student.get(f"/study?card={EMBASSY}").status_code == 404
    assert post(student, "/study/grade", rating="3").status_code == 400
    assert "Who made a formal apology" in page(student.get("/study?deck=kuwait"))


def test_a_far_future_timestamp_is_not_a_server_error(student, app):
    assert post(student, "/study/grade", rating="3", shown_at="9" * 15).status_code == 303
    with app.app_context():
        assert db.session.scalars(db.select(Review.duration_ms)).one() is None


def test_get_on_a_post_route_is_405(student):
    for path in ("/study/grade", "/study/undo"):
        assert student.get(path).status_code == 405
    assert student.get("/study/answer").status_code == 303  # nothing revealed: on to the current card


def test_another_users_progress_is_never_visible(client, auth, app):
    auth.register("amira")
    post(client, "/study/grade", answer="1999", rating="1")
    auth.logout()
    auth.register("badr")
    html = page(client.get("/study?deck=kuwait"))
    assert "In what year was the Embassy" in html  # still new for badr
    assert re.search(r"left-due[^>]*>0<", html)
    assert "1999" not in page(post(client, "/study/answer", answer="2013"))
    assert "Nothing to undo" in page(client.post("/study/undo", follow_redirects=True))
    assert [row[2] for row in reviews(app)] == ["1999"]  # amira's answer untouched


def test_posts_without_a_csrf_token_are_rejected(tmp_path):
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    client = app.test_client()
    with app.app_context():
        user = User(username="csrf-student")
        user.set_password("correct horse battery")
        db.session.add(user)
        db.session.commit()
        user_id = user.get_id()  # "id.session_version", as Flask-Login keeps it
    with client.session_transaction() as session:
        session["_user_id"], session["_fresh"] = user_id, True
    assert client.get("/study").status_code == 200
    for path in POSTS:
        assert post(client, path, rating="3").status_code == 400
    html = page(client.get("/study"))
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    assert post(client, "/study/answer", answer="2013", csrf_token=token).status_code == 200
    with app.app_context():
        assert db.session.scalars(db.select(Review)).all() == []
        db.engine.dispose()
