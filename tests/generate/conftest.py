"""Shared fixtures for the generator tests: the spaCy pipeline and the decks, made once per session."""

from __future__ import annotations

import pytest

from quizapp.generate.nlp import load_pipeline
from quizapp.generate.pipeline import generate_decks
from tests.conftest import DATA, ROOT

SEEDS = ROOT / "seeds"
OWN_ARTICLES = DATA / "articles"


@pytest.fixture(scope="session")
def nlp():
    """The small English pipeline, loaded once for the whole test session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_decks(nlp):
    """The decks generated from seeds/."""
    return generate_decks(nlp, SEEDS, ROOT)


@pytest.fixture(scope="session")
def own_decks(nlp):
    """The decks generated from the test articles of tests/data/articles/."""
    return generate_decks(nlp, OWN_ARTICLES, ROOT)


@pytest.fixture(scope="session")
def all_decks(seed_decks, own_decks):
    """Every generated deck: the seeds and the test articles."""
    return seed_decks + own_decks


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse one paragraph into sentence units of a one-paragraph article, for focused tests."""
    from quizapp.articles import parse_article
    from quizapp.generate.reading import read_article

    def read(text: str, title: str = "Test article"):
        return read_article(nlp, parse_article(f"= {title} =\n\n{text}\n", "tests/data/articles/inline.txt"))

    return read
