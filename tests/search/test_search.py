"""Full-text search: folded case and accents, one typo, every field a learner remembers, kept in step at sync.

Runs on SQLite (FTS5) and, in the suite's PostgreSQL run, on the portable LIKE branch.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.db import db
from quizapp.models import QuestionSearch
from quizapp.search import deck_rowids, refresh_index, search_questions
from quizapp.sync import sync_bank
from tests.conftest import ROOT, SAMPLE_BANK, make_app
from tests.web.conftest import auth  # noqa: F401  (the fixture, for the deck page test)

EMBASSY, DONATION, APOLOGY = "sample-kuwait-embassy-reopened", "sample-kuwait-donation", "sample-kuwait-apology"


@pytest.fixture
def bank(tmp_path):
    """A copy of the sample bank that a test may edit."""
    folder = tmp_path / "questions"
    shutil.copytree(SAMPLE_BANK, folder)
    return folder


@pytest.fixture
def bank_app(tmp_path, bank):
    app = make_app(tmp_path, questions_dir=bank)
    with app.app_context():
        yield app
        db.engine.dispose()


def found(words: str, deck: str | None = None) -> set[str]:
    return set(search_questions(db.session, words, deck_key=deck))


def resync(bank: Path) -> None:
    sync_bank(db.session, bank, ROOT / "seeds", ROOT)


def test_accents_and_case_fold_both_ways(bank_app):
    assert EMBASSY in found("Kuwaït EMBASSY")
    assert found("kuwait embassy") == found("KUWAÏT ÉMBASSY") == {EMBASSY}


def test_one_typo_or_one_swap_still_finds_the_word(bank_app):
    assert found("embasy") == {EMBASSY}  # a letter left out
    assert found("embassi") == {EMBASSY}  # one letter wrong
    assert found("emabssy") == {EMBASSY}  # two neighbours swapped
    assert found("enbasxy") == set()  # two edits away: not the same word
    assert DONATION in found("UNRAW")  # neighbours swapped
    assert found("zzzzqq") == set()


def test_answers_explanations_and_source_sentences_are_searched(bank_app):
    assert APOLOGY in found("Mahmoud")  # the answer of a choice question
    assert found("Relief Works") == {DONATION}  # only in the explanation and the source sentence
    assert found("sports") == set()  # a word of no question
    assert found("Yasser Arafat") == set()  # a wrong choice is not what a question is about


def test_every_word_must_match_and_words_match_as_prefixes(bank_app):
    assert found("donat") == {DONATION}
    assert found("donat embassy") == set()


def test_a_deck_narrows_the_search(bank_app):
    assert found("Gaza") == {DONATION, "sample-qatar-aid-tons"}
    assert found("Gaza", deck="qatar") == {"sample-qatar-aid-tons"}


def test_a_deck_search_matches_prefixes_and_typos_among_the_decks_words(bank_app):
    assert found("donat", deck="kuwait") == {DONATION}  # a prefix, spelled out as the deck's words
    assert found("embasy", deck="kuwait") == {EMBASSY}  # a typo, near a word of the deck
    assert found("Kuwaït embassy", deck="qatar") == set()  # the words are the other deck's
    assert found("zzzzqq", deck="kuwait") == set()


def full_text_rows_outside_their_deck_range() -> list[tuple[str, str]]:
    """Return the (question, deck) of every FTS5 row whose rowid is not in its deck's range (none when right)."""
    rows = db.session.execute(
        db.text("SELECT f.rowid, s.question_id, s.deck_key FROM search_fts f JOIN search_index s USING (question_id)")
    ).all()
    assert len(rows) == db.session.query(QuestionSearch).count()  # one FTS5 row per indexed question
    return [(qid, deck) for rowid, qid, deck in rows if not deck_rowids(deck)[0] <= rowid <= deck_rowids(deck)[1]]


def test_each_full_text_row_lies_in_its_decks_rowid_range_and_moves_with_its_question(bank_app, bank):
    sqlite = db.engine.dialect.name == "sqlite"  # FTS5 is SQLite's; PostgreSQL's LIKE branch has no rowids
    assert not sqlite or full_text_rows_outside_their_deck_range() == []
    qatar, kuwait = bank / "qatar.yaml", bank / "kuwait.yaml"
    text = qatar.read_text()
    start = text.index("  - id: sample-qatar-aid-tons")
    end = text.find("  - id: ", start + 1)
    block = text[start:] if end < 0 else text[start:end]
    qatar.write_text(text.replace(block, ""))
    kuwait.write_text(kuwait.read_text().rstrip("\n") + "\n" + block)
    resync(bank)
    assert not sqlite or full_text_rows_outside_their_deck_range() == []
    assert found("Gaza", deck="kuwait") == {DONATION, "sample-qatar-aid-tons"}
    assert found("Gaza", deck="qatar") == set()
    # The decks' stored words moved too: a prefix and a typo of a word only that question has.
    assert found("cresc", deck="kuwait") == found("cresent", deck="kuwait") == {"sample-qatar-aid-tons"}
    assert found("cresc", deck="qatar") == found("cresent", deck="qatar") == set()


def test_sync_keeps_the_index_in_step_with_edits_and_retirements(bank_app, bank):
    path = bank / "kuwait.yaml"
    path.write_text(path.read_text().replace("How much did Kuwait donate", "How much did Kuwait grant"))
    resync(bank)
    assert found("grant") == {DONATION}
    text = path.read_text()
    path.write_text(text[: text.index("  - id: sample-kuwait-donation")])
    resync(bank)
    assert found("UNRWA") == set()
    assert db.session.get(QuestionSearch, DONATION) is None
    assert refresh_index(db.session) == 0  # nothing left to change


def test_the_deck_page_search_finds_the_accented_and_the_misspelt(client, auth):
    auth.register("amira")
    page = client.get("/decks/kuwait?q=Kuwa%C3%AFt+embasy").data.decode()
    assert "1 of 4 questions match." in page and "reopened?" in page
    page = client.get("/decks/kuwait?q=refugees").data.decode()
    assert "1 of 4 questions match." in page and "UNRWA" in page
