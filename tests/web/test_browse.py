"""The card browser: every card with its state, filters, sorting, pages, bulk suspend and a card's history."""

from __future__ import annotations

import re

import pytest
import yaml

from quizapp.browse import SORTS
from quizapp.db import db
from quizapp.models import CardState, User
from tests.conftest import make_app
from tests.web.conftest import AuthActions
from tests.web.scheduling_helpers import due_review, grade, hold_row, reveal

EMBASSY, APOLOGY, CLOZE, DONATION = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
)
QATAR_TONS, QATAR_MAP = "sample-qatar-aid-tons", "sample-qatar-map"
ALL = {EMBASSY, APOLOGY, CLOZE, DONATION, QATAR_TONS, QATAR_MAP}


@pytest.fixture
def student(client, auth):
    """A logged-in student."""
    auth.register("student")
    return client


def listed(client, query: str = "") -> list[str]:
    """Return the card ids the browser lists for a query string, in order."""
    response = client.get("/browse" + query)
    assert response.status_code == 200, query
    return re.findall(r'name="question_ids" value="([^"]+)"', response.get_data(as_text=True))


def test_the_browser_lists_every_card_with_its_answer_deck_tags_and_state(student, app):
    due_review(app, EMBASSY, lapses=3)
    html = student.get("/browse").get_data(as_text=True)
    assert set(listed(student)) == ALL
    row = html.split(f'value="{EMBASSY}"')[1].split("</tr>")[0]
    assert (
        "2013" in row
        and "Kuwait–Palestine relations (sample)" in row
        and "kuwait, date" in row
        and "<td>review</td>" in row
    )
    assert "<td>5.0</td>" in row and "<td>3</td>" in row  # stability and lapses
    assert "<td>new</td>" in html.split(f'value="{QATAR_MAP}"')[1].split("</tr>")[0]


def test_the_browser_filters_by_deck_tag_state_and_text(student, app):
    due_review(app, EMBASSY)
    student.post("/browse/bulk", data={"question_ids": DONATION, "action": "suspend"})
    assert set(listed(student, "?deck=qatar")) == {QATAR_TONS, QATAR_MAP}
    assert set(listed(student, "?tag=date")) == {EMBASSY, CLOZE}
    assert listed(student, "?state=review") == [EMBASSY]
    assert listed(student, "?state=suspended") == [DONATION]
    assert set(listed(student, "?state=new")) == ALL - {EMBASSY, DONATION}
    assert listed(student, "?q=EMBASSY+of+PALESTINE") == [EMBASSY]  # any case
    assert listed(student, "?q=no+such+words") == []
    assert listed(student, "?deck=kuwait&tag=date&state=review") == [EMBASSY]


@pytest.mark.parametrize("sort", SORTS)
def test_the_browser_sorts_by_every_column_both_ways(student, app, sort):
    ascending, descending = listed(student, f"?sort={sort}"), listed(student, f"?sort={sort}&desc=y")
    assert set(ascending) == set(descending) == ALL


def test_sorting_by_lapses_and_due_puts_the_right_card_first(student, app):
    due_review(app, EMBASSY, lapses=4)
    due_review(app, QATAR_MAP, lapses=1, days_ago=30)
    assert listed(student, "?sort=lapses&desc=y")[:2] == [EMBASSY, QATAR_MAP]
    assert listed(student, "?sort=due")[-1] not in (EMBASSY, QATAR_MAP)  # new cards (no due date) last
    assert listed(student, "?sort=question")[0] == QATAR_TONS  # "How many tons…" first by its text


def test_bad_filters_are_a_400_not_a_500(student):
    for query in ("?page=0", "?page=x", "?state=nonsense", "?sort=nonsense", "?q=" + "x" * 201):
        assert student.get("/browse" + query).status_code == 400, query


def test_bulk_suspend_and_unsuspend_the_ticked_cards(student, app):
    response = student.post("/browse/bulk?deck=kuwait", data={"question_ids": [EMBASSY, APOLOGY], "action": "suspend"})
    assert response.status_code == 303 and response.headers["Location"] == "/browse?deck=kuwait"
    assert "2 cards suspended" in student.get(response.headers["Location"]).get_data(as_text=True)
    assert hold_row(app, EMBASSY)[0] and hold_row(app, APOLOGY)[0]
    student.post("/browse/bulk", data={"question_ids": [EMBASSY], "action": "unsuspend"})
    assert not hold_row(app, EMBASSY)[0] and hold_row(app, APOLOGY)[0]
    refused = student.post("/browse/bulk", data={"action": "suspend"})
    assert refused.status_code == 400 and "Tick at least one card" in refused.get_data(as_text=True)


def test_bulk_suspend_needs_the_csrf_token(csrf_app):
    client = csrf_app.test_client()
    html = client.get("/register").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    client.post(
        "/register",
        data={
            "username": "amira",
            "password": "correct horse battery",
            "confirm": "correct horse battery",
            "timezone": "UTC",
            "csrf_token": token,
        },
    )
    assert client.post("/browse/bulk", data={"question_ids": EMBASSY, "action": "suspend"}).status_code == 400
    with csrf_app.app_context():
        assert hold_row(csrf_app, EMBASSY) is None
    page = client.get("/browse").get_data(as_text=True)
    token = re.search(
        r'id="bulk-form">\s*<input id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)"', page
    ).group(1)
    assert (
        client.post(
            "/browse/bulk", data={"question_ids": EMBASSY, "action": "suspend", "csrf_token": token}
        ).status_code
        == 303
    )
    assert hold_row(csrf_app, EMBASSY)[0] is True


def test_a_cards_history_page_shows_its_reviews_and_only_the_students_own(student, app, client):
    grade(student, reveal(student, EMBASSY), 1)
    grade(student, reveal(student, EMBASSY, reps=1), 3)
    html = student.get(f"/browse/card/{EMBASSY}").get_data(as_text=True)
    history = html.split("Review history")[1]
    assert history.count("<tr>") == 3 and "Again" in history and "Good" in history  # a heading row and two
    student.post("/logout")
    AuthActions(client).register("bongani")
    other = client.get(f"/browse/card/{EMBASSY}").get_data(as_text=True)
    assert "No reviews yet." in other and '<dd id="card-state">new</dd>' in other
    assert client.get("/browse/card/no-such-card").status_code == 404


def _big_bank(folder, count: int) -> None:
    folder.mkdir()
    questions = [
        {"id": f"big-{n:03d}", "type": "flashcard", "prompt": f"Question {n:03d}", "answer": f"A{n}"}
        for n in range(count)
    ]
    (folder / "big.yaml").write_text(yaml.safe_dump({"deck": "Big", "questions": questions}), encoding="utf-8")


def test_the_browser_shows_a_large_bank_one_page_at_a_time(tmp_path):
    _big_bank(tmp_path / "questions", 120)
    app = make_app(tmp_path, questions_dir=tmp_path / "questions")
    client = app.test_client()
    AuthActions(client).register("student")
    first, third = listed(client, "?sort=question"), listed(client, "?sort=question&page=3")
    assert len(first) == 50 and first[0] == "big-000" and len(third) == 20 and third[-1] == "big-119"
    assert "page 3 of 3" in client.get("/browse?page=3").get_data(as_text=True)
    assert listed(client, "?page=99") == listed(client, "?page=3")  # past the end: the last page
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(CardState)) == 0
        assert db.session.scalars(db.select(User)).one()
        db.engine.dispose()


def test_the_text_filter_is_the_full_text_search_folding_accents_and_forgiving_a_typo(student):
    assert EMBASSY in listed(student, "?q=Kuwa%C3%AFt+embassy")  # "Kuwaït" finds Kuwait
    assert listed(student, "?q=embasy+reopened") == [EMBASSY]  # one letter missing
    assert listed(student, "?q=Kuwa%C3%AFt&deck=qatar") == []
