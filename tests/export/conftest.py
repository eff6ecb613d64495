"""Export fixtures: the whole question bank (questions/ plus the test decks) and a fresh Anki collection."""

from __future__ import annotations

import pytest

from quizapp.articles import ArticleLibrary
from quizapp.bank import Deck
from quizapp.export import library_titles
from tests.export.anki_helpers import BANK_FOLDERS, EDGE_CASES, ROOT, AnkiCollection, load_decks


@pytest.fixture(scope="session")
def whole_bank() -> list[Deck]:
    """Every deck of questions/, tests/data/bank and tests/data/anki."""
    return load_decks(*BANK_FOLDERS)


@pytest.fixture(scope="session")
def edge_decks() -> list[Deck]:
    """The hand-made edge-case decks only."""
    return load_decks(EDGE_CASES)


@pytest.fixture(scope="session")
def titles():
    """Article titles by path, from the seeds."""
    return library_titles(ArticleLibrary(ROOT))


@pytest.fixture
def anki(tmp_path):
    """A fresh, empty Anki collection in a temporary folder."""
    collection = AnkiCollection(tmp_path)
    yield collection
    collection.close()
