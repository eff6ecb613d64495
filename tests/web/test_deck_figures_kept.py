"""The deck page's tag list and typo words, kept per process under the deck's digest (quizapp.deckmemo):
a re-sync that changes the deck is seen on the next page, and a deck never synced from a file is read anew."""

from __future__ import annotations

from quizapp.db import db
from quizapp.models import Deck, Question
from quizapp.sync import sync_bank
from tests.conftest import ROOT, bank_copy, make_app
from tests.web.conftest import PASSWORD


def tag_menu(page: str) -> str:
    """Return the deck page's tag filter menu."""
    return page.split('name="tag"')[1].split("</select>")[0]


def resync(app, folder) -> None:
    with app.app_context():
        sync_bank(db.session, folder, ROOT / "seeds", ROOT)


def test_a_resync_that_changes_a_deck_changes_its_tags_and_typo_words_on_the_next_page(tmp_path):
    folder = bank_copy(tmp_path)
    app = make_app(tmp_path, folder)
    client = app.test_client()
    client.post("/register", data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD})
    before = client.get("/decks/kuwait").data.decode()
    assert '<option value="actor">' in tag_menu(before) and "contrite" not in tag_menu(before)
    assert "0 of 4 questions match." in client.get("/decks/kuwait?q=contrte").data.decode()  # one letter short
    deck_file = folder / "kuwait.yaml"
    original = deck_file.read_text()
    deck_file.write_text(
        original.replace("tags: [actor]", "tags: [actor, contrite]").replace(
            "Who made a formal apology", "Who made a formal contrite apology"
        )
    )
    resync(app, folder)
    after = client.get("/decks/kuwait").data.decode()
    assert '<option value="contrite">' in tag_menu(after)
    assert "1 of 4 questions match." in client.get("/decks/kuwait?q=contrte").data.decode()
    deck_file.write_text(original)  # and back: the deck's first digest again, with its first tags and words
    resync(app, folder)
    assert tag_menu(client.get("/decks/kuwait").data.decode()) == tag_menu(before)
    assert "0 of 4 questions match." in client.get("/decks/kuwait?q=contrte").data.decode()
    with app.app_context():
        db.engine.dispose()


def test_a_deck_without_a_digest_is_read_anew_on_every_page(app, client, auth):
    auth.register("amira")
    with app.app_context():
        db.session.get(Deck, "kuwait").digest = ""  # as a deck written by hand, never synced from a file
        db.session.commit()
    assert '<option value="zanzibar">' not in tag_menu(client.get("/decks/kuwait").data.decode())
    with app.app_context():
        question = db.session.get(Question, "sample-kuwait-apology")
        question.tags = [*question.tags, "zanzibar"]
        db.session.commit()
    assert '<option value="zanzibar">' in tag_menu(client.get("/decks/kuwait").data.decode())
