"""The download route /export/anki.<csv|apkg>: logged-in only, one deck or all, live content only,
and the download imports into the real Anki."""

from __future__ import annotations

import pytest

from quizapp.db import db
from quizapp.models import Deck, Question

PASSWORD = "correct horse battery"


@pytest.fixture
def student(client):
    """The test client, logged in as a newly registered student."""
    client.post("/register", data={"username": "exporter", "password": PASSWORD, "confirm": PASSWORD})
    return client


def test_visitors_are_sent_to_log_in(client):
    response = client.get("/export/anki.csv")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_one_deck_downloads_as_csv_that_anki_imports(student, anki, tmp_path):
    response = student.get("/export/anki.csv?deck=kuwait")
    assert response.status_code == 200
    assert (
        response.headers["Content-Disposition"] == "attachment; filename=quizapp-kuwait-palestine-relations-sample.csv"
    )
    assert response.mimetype == "text/csv"
    path = tmp_path / "download.csv"
    path.write_bytes(response.data)
    log = anki.import_csv(path)
    assert len(log.new) == 4 and len(log.missing_notetype) == 0
    assert {anki.col.decks.name(c.did) for n in anki.notes().values() for c in n.cards()} == {
        "quizapp::Kuwait–Palestine relations (sample)"
    }


def test_all_decks_download_as_apkg_without_retired_content(app, student, anki, tmp_path):
    with app.app_context():
        db.session.get(Question, "sample-kuwait-donation").retired = True
        db.session.commit()
    response = student.get("/export/anki.apkg")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == "attachment; filename=quizapp-all-decks.apkg"
    path = tmp_path / "download.apkg"
    path.write_bytes(response.data)
    log = anki.import_apkg(path)
    assert len(log.new) == 5
    assert "quizapp:sample-kuwait-donation" not in anki.notes()


def test_retired_unknown_decks_and_formats_are_not_found(app, student):
    with app.app_context():
        db.session.get(Deck, "qatar").retired = True
        db.session.commit()
    for url in (
        "/export/anki.csv?deck=qatar",
        "/export/anki.csv?deck=nowhere",
        "/export/anki.zip",
        "/export/anki.csv?deck=kuwait&deck=nowhere",
    ):
        assert student.get(url).status_code == 404, url
    assert "quizapp::Palestine–Qatar" not in student.get("/export/anki.csv").get_data(as_text=True)


def test_home_and_deck_pages_link_to_the_downloads(student):
    home = student.get("/").get_data(as_text=True)
    deck = student.get("/decks/kuwait").get_data(as_text=True)
    for page, links in (
        (home, ("/export/anki.apkg", "/export/anki.csv")),
        (deck, ("/export/anki.apkg?deck=kuwait", "/export/anki.csv?deck=kuwait")),
    ):
        assert "Export to Anki" in page
        for link in links:
            assert f'href="{link}"' in page
            assert student.get(link).status_code == 200
