"""Each deck's words for a deck's search on SQLite: the table search_fts_terms (deck, term, size), kept at sync.

A deck's search spells each search word out as the deck's words it starts or is one edit from
(quizapp.search). Reading and splitting every body of the deck for that cost the deck page more than the search
itself (4 ms at 1,000 questions a deck). The words are stored per deck whenever sync refreshes the index, so a
prefix is one index range and a typo reads the deck's words of the three lengths near it. Like search_fts, the
table is SQLite's alone (migration 0014_issue13f) and no model maps it; PostgreSQL reads the deck's bodies.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from quizapp.deckmemo import deck_kept
from quizapp.models import QuestionSearch

__all__ = ["prefixed_words", "refresh_deck_words", "sized_words"]

# The largest code point: every word that starts with a prefix sorts below prefix + it (BINARY collation).
_LAST = "\U0010ffff"
_PREFIXED = text("SELECT term FROM search_fts_terms WHERE deck_key = :deck AND term >= :low AND term < :high")
_SIZED = text("SELECT term FROM search_fts_terms WHERE deck_key = :deck AND size BETWEEN :low AND :high")
_FORGET = text("DELETE FROM search_fts_terms WHERE deck_key = :deck")
_STORE = text("INSERT INTO search_fts_terms (deck_key, term, size) VALUES (:deck, :term, :size)")


def prefixed_words(session: Session, deck_key: str, prefix: str) -> list[str]:
    """Return the deck's words that start with `prefix` (itself included)."""
    return list(session.scalars(_PREFIXED, {"deck": deck_key, "low": prefix, "high": prefix + _LAST}).all())


def sized_words(session: Session, deck_key: str, shortest: int, longest: int) -> set[str]:
    """Return the deck's words of `shortest` to `longest` characters, read once per digest of the deck.

    They are the typo's candidates and grow with the deck (1,000 numbers at 1,000 questions a deck); sync writes
    them and the deck's digest together, so they are kept under it (quizapp.deckmemo).
    """

    def read_words() -> frozenset[str]:
        return frozenset(session.scalars(_SIZED, {"deck": deck_key, "low": shortest, "high": longest}).all())

    return set(deck_kept(session, deck_key, ("sized words", shortest, longest), read_words))


def refresh_deck_words(session: Session, decks: Iterable[str]) -> None:
    """Store the words of each of `decks` anew from the search index (after sync changed its rows)."""
    for deck in sorted(set(decks)):
        session.execute(_FORGET, {"deck": deck})
        bodies = session.scalars(select(QuestionSearch.body).where(QuestionSearch.deck_key == deck))
        words = sorted({word for body in bodies for word in body.split()})
        if words:
            session.execute(_STORE, [{"deck": deck, "term": word, "size": len(word)} for word in words])
