"""The home page (landing page or deck list with counts) and the deck pages with search and tag filter."""

from __future__ import annotations

import datetime as dt

from quizapp.db import db, utcnow
from quizapp.models import CardStateKind, Deck, Question, User
from tests.factories import add_card


def user_named(username: str) -> User:
    """Return the user with this username (inside an app context)."""
    return db.session.scalars(db.select(User).where(User.username == username)).one()


def test_visitors_see_the_landing_page(client):
    page = client.get("/")
    assert page.status_code == 200
    assert b"Create a free account" in page.data and b"Your decks" not in page.data


def test_home_lists_decks_with_counts_and_study_links(client, auth):
    auth.register("amira")
    page = client.get("/").data.decode()
    assert "Kuwait–Palestine relations (sample)" in page and "Palestine–Qatar relations (sample)" in page
    assert 'href="/study?deck=kuwait"' in page and 'href="/study"' in page
    assert "Study all due" in page
    assert "0 of 4 learned" in page and "0 of 2 learned" in page


def test_home_counts_follow_the_users_own_cards(client, auth, app):
    auth.register("amira")
    with app.app_context():
        amira = user_named("amira")
        add_card(amira, "sample-kuwait-apology", CardStateKind.REVIEW, utcnow() + dt.timedelta(days=5))
        add_card(amira, "sample-kuwait-embassy-reopened", CardStateKind.LEARNING, utcnow() - dt.timedelta(minutes=1))
    page = client.get("/").data.decode()
    assert "1 of 4 learned" in page
    auth.logout()
    auth.register("badr")
    assert "0 of 4 learned" in client.get("/").data.decode()


def test_home_hides_retired_decks(client, auth, app):
    with app.app_context():
        db.session.get(Deck, "qatar").retired = True
        db.session.commit()
    auth.register("amira")
    assert "Palestine–Qatar" not in client.get("/").data.decode()
    assert client.get("/decks/qatar").status_code == 404


def test_deck_page_lists_questions_with_type_tags_and_state(client, auth, app):
    auth.register("amira")
    with app.app_context():
        add_card(user_named("amira"), "sample-kuwait-apology", CardStateKind.REVIEW, utcnow() + dt.timedelta(days=3))
    page = client.get("/decks/kuwait").data.decode()
    assert "In what year was the Embassy of Palestine in Kuwait reopened?" in page
    assert "In […], Mahmoud Abbas made formal apology" in page  # cloze gap blanked
    assert "2013" not in page.split("question-list")[1]  # no answers given away
    assert page.count('class="status status-new"') == 3 and "Learned" in page and "due in 3 days" in page
    assert 'href="/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p2"' in page
    assert 'href="/study?deck=kuwait"' in page


def test_deck_page_search_and_tag_filter(client, auth):
    auth.register("amira")
    page = client.get("/decks/kuwait?q=EMBASSY").data.decode()
    assert "1 of 4 questions match." in page and "reopened?" in page and "UNRWA" not in page
    page = client.get("/decks/kuwait?tag=date").data.decode()
    assert "2 of 4 questions match." in page and "UNRWA" not in page
    page = client.get("/decks/kuwait?tag=date&q=abbas").data.decode()
    assert "1 of 4 questions match." in page
    page = client.get("/decks/kuwait?q=zzzz").data.decode()
    assert "No question matches." in page
    assert client.get("/decks/kuwait?tag=no-such-tag").status_code == 200


def test_deck_page_search_shows_the_students_card_state_and_every_tag_of_the_deck(app, client, auth):
    auth.register("amira")
    with app.app_context():
        add_card(user_named("amira"), "sample-kuwait-apology", CardStateKind.REVIEW, utcnow() + dt.timedelta(days=3))
    page = client.get("/decks/kuwait?q=abbas").data.decode()
    assert "2 of 4 questions match." in page and "Learned" in page and "due in 3 days" in page
    assert page.count('class="status status-new"') == 1  # the cloze on the same sentence has no card
    whole = client.get("/decks/kuwait").data.decode()
    menu = page.split('name="tag"')[1].split("</select>")[0]
    assert menu == whole.split('name="tag"')[1].split("</select>")[0] and '<option value="date">' in menu


def test_deck_keys_may_contain_slashes(tmp_path):
    from tests.conftest import SAMPLE_BANK, make_app

    nested = tmp_path / "questions" / "generated"
    nested.mkdir(parents=True)
    (nested / "kuwait.yaml").write_text((SAMPLE_BANK / "kuwait.yaml").read_text())
    app = make_app(tmp_path, questions_dir=tmp_path / "questions")
    client = app.test_client()
    client.post("/register", data={"username": "amira", "password": "plenty of words", "confirm": "plenty of words"})
    assert 'href="/decks/generated/kuwait"' in client.get("/").data.decode()
    assert client.get("/decks/generated/kuwait").status_code == 200
    with app.app_context():
        db.engine.dispose()


def test_deck_pages_need_a_login_and_unknown_decks_are_404(client, auth):
    assert client.get("/decks/kuwait").headers["Location"].startswith("/login?next=")
    auth.register("amira")
    assert client.get("/decks/no-such-deck").status_code == 404


def test_question_text_and_deck_titles_are_escaped(client, auth, app):
    with app.app_context():
        db.session.get(Question, "sample-qatar-map").prompt = "<script>alert('q')</script>"
        db.session.get(Deck, "qatar").title = "<script>alert('d')</script>"
        db.session.commit()
    auth.register("amira")
    for url in ("/", "/decks/qatar"):
        page = client.get(url).data.decode()
        assert "<script>alert(" not in page and "&lt;script&gt;alert(" in page
