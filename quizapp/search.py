"""Full-text search over the questions: prompts, answers, explanations, source sentences and tags.

Text is folded before it is stored or searched (case, accents: "Kuwaït" is "kuwait"), every search word must
match the start of a word in the question, and a word of four letters or more also matches the bank's words
one edit away (a typo, or two letters swapped: "Kuwiat"). The index is `search_index`, refreshed at sync;
on SQLite its twin FTS5 table `search_fts` does the matching and ranking (bm25), on PostgreSQL a LIKE per
word over the folded text does it (no extension needed: pg_trgm and unaccent need a superuser to install).

Within a deck the search costs the deck, not the bank: each FTS5 row's rowid starts with a number of its deck
(`deck_rowids`), so a deck's rows are one rowid range that FTS5 reads alone, and the near words of a typo are
looked for among the deck's own words (a word found in no question of the deck matches nothing there).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import and_, delete, insert, or_, select, text
from sqlalchemy.orm import Session

from quizapp.answers.text import fold
from quizapp.live import live_question
from quizapp.models import Question, QuestionSearch
from quizapp.searchterms import prefixed_words, refresh_deck_words, sized_words

__all__ = ["index_is_empty", "refresh_index", "search_questions", "searchable_text", "terms_of"]

WORD = re.compile(r"[^\W_]+")
TYPO_MIN_LENGTH = 4  # shorter words one edit apart are mostly other words ("cat", "car")


def terms_of(words: str) -> list[str]:
    """Return the folded words of a text, as the index stores and the search matches them."""
    return WORD.findall(fold(words))


def searchable_text(question: Question) -> str:
    """Return the folded words a question is found by, space-separated with a leading space."""
    parts = [
        question.prompt,
        question.text,
        question.answer,
        *question.accept,
        question.explanation,
        question.source_quote or "",
        *question.tags,
    ]
    return " " + " ".join(terms_of(" ".join(parts)))


def deck_rowids(deck_key: str) -> tuple[int, int]:
    """Return the first and last FTS5 rowid of a deck's rows: its number (a CRC-32 of its key) in the high bits.

    The low 32 bits are the row's search_index rowid. Two decks may share a number; the search still checks the
    deck, so they only share a range. Migration 0014_issue13f writes the same numbers: change both or neither.
    """
    low = (zlib.crc32(deck_key.encode()) & 0x7FFFFFFF) << 32
    return low, low + 0xFFFFFFFF


# Each row's rowid is its deck's range start plus its search_index rowid; OR REPLACE: a row whose search_index
# row went with its question (ON DELETE CASCADE) may still hold that rowid.
_INSERT_FTS = text(
    "INSERT OR REPLACE INTO search_fts (rowid, question_id, body) "
    "SELECT :deck_low + s.rowid, s.question_id, s.body FROM search_index s WHERE s.question_id = :question_id"
)


def refresh_index(session: Session) -> int:
    """Bring the index in step with the live questions (sync calls this); return how many rows changed."""
    live = session.scalars(select(Question).where(live_question()))
    wanted = {q.id: (q.deck_key, searchable_text(q)) for q in live}
    stored = {
        qid: (deck, body)
        for qid, deck, body in session.execute(
            select(QuestionSearch.question_id, QuestionSearch.deck_key, QuestionSearch.body)
        )
    }
    stale = [qid for qid, value in stored.items() if wanted.get(qid) != value]
    fresh = [
        {"question_id": qid, "deck_key": deck, "body": body}
        for qid, (deck, body) in wanted.items()
        if stored.get(qid) != (deck, body)
    ]
    for start in range(0, len(stale), 500):
        chunk = stale[start : start + 500]
        session.execute(delete(QuestionSearch).where(QuestionSearch.question_id.in_(chunk)))
        if _full_text(session):
            session.execute(
                text(
                    "DELETE FROM search_fts WHERE question_id IN ("
                    + ",".join(f":id{n}" for n in range(len(chunk)))
                    + ")"
                ),
                {f"id{n}": qid for n, qid in enumerate(chunk)},
            )
    if fresh:
        session.execute(insert(QuestionSearch), fresh)
        if _full_text(session):
            session.execute(
                _INSERT_FTS,
                [{"question_id": row["question_id"], "deck_low": deck_rowids(row["deck_key"])[0]} for row in fresh],
            )
    if _full_text(session):  # the words of every deck that lost or gained a row
        refresh_deck_words(session, {stored[qid][0] for qid in stale} | {row["deck_key"] for row in fresh})
    return len(set(stale) | {row["question_id"] for row in fresh})


def index_is_empty(session: Session) -> bool:
    """Tell whether the index has no row yet (a database just upgraded to it): the next sync then fills it."""
    return session.scalar(select(QuestionSearch.question_id).limit(1)) is None


def search_questions(session: Session, words: str, deck_key: str | None = None, limit: int | None = None) -> list[str]:
    """Return the ids of the live questions matching every word, within a deck if given.

    On SQLite the bank's matches come best first (bm25); a deck's come in the index's order, as the deck page
    lists them in the bank's order anyway: ranking needs each word's count over the whole bank.
    """
    terms = terms_of(words)[:12]
    if not terms:
        return []
    if deck_key is not None and _full_text(session):
        return _deck_fts_search(session, terms, deck_key, limit)
    vocabulary = _deck_vocabulary(session, deck_key) if deck_key is not None else None
    choices = [(term, _near_terms(session, term, vocabulary)) for term in terms]
    if _full_text(session):
        return _fts_search(session, choices, limit)
    conditions = [
        or_(QuestionSearch.body.like(f"% {term}%"), *(QuestionSearch.body.like(f"% {near} %") for near in near_terms))
        for term, near_terms in choices
    ]
    statement = (
        select(QuestionSearch.question_id)
        .join(Question, Question.id == QuestionSearch.question_id)
        .where(and_(*conditions))
        .order_by(QuestionSearch.deck_key, Question.position)
    )
    if deck_key is not None:
        statement = statement.where(QuestionSearch.deck_key == deck_key)
    return list(session.scalars(statement.limit(limit)))


def _fts_search(session: Session, choices: list[tuple[str, list[str]]], limit: int | None) -> list[str]:
    """Match the whole bank on SQLite's FTS5 table: each word as a prefix, or one of its near words exactly; rank by bm25."""
    query = " AND ".join(
        "(" + " OR ".join([f'"{term}"*', *(f'"{near}"' for near in near_terms)]) + ")" for term, near_terms in choices
    )
    sql = (
        "SELECT f.question_id FROM search_fts f JOIN search_index s ON s.question_id = f.question_id "
        "WHERE search_fts MATCH :query ORDER BY bm25(search_fts)" + (" LIMIT :limit" if limit is not None else "")
    )
    return list(session.scalars(text(sql), {"query": query, "limit": limit}))


def _deck_fts_search(session: Session, terms: list[str], deck_key: str, limit: int | None) -> list[str]:
    """Match within one deck on FTS5: its rowid range, each word spelled out as the deck's words it starts or is near
    (read from the deck's stored words, quizapp.searchterms).

    A prefix ("event"*) makes FTS5 merge that prefix's every row in the bank before the range is applied; the
    deck's own words that start with it, each matched exactly, read the deck's rows alone. The same questions
    match: a word of no question of the deck matches nothing in it.
    """
    alternatives = []
    for term in terms:
        words = set(prefixed_words(session, deck_key, term))
        if len(term) >= TYPO_MIN_LENGTH:
            words |= set(_near_terms(session, term, sized_words(session, deck_key, len(term) - 1, len(term) + 1)))
        if not words:
            return []
        alternatives.append(sorted(words))
    query = " AND ".join("(" + " OR ".join(f'"{word}"' for word in words) + ")" for words in alternatives)
    sql = (
        "SELECT f.question_id FROM search_fts f JOIN search_index s ON s.question_id = f.question_id "
        "WHERE search_fts MATCH :query AND f.rowid BETWEEN :low AND :high AND s.deck_key = :deck ORDER BY f.rowid"
        + (" LIMIT :limit" if limit is not None else "")
    )
    low, high = deck_rowids(deck_key)
    return list(
        session.scalars(text(sql), {"query": query, "deck": deck_key, "limit": limit, "low": low, "high": high})
    )


def _deck_vocabulary(session: Session, deck_key: str) -> set[str]:
    """Return the words of the deck's questions, as the index stores them."""
    bodies = session.scalars(select(QuestionSearch.body).where(QuestionSearch.deck_key == deck_key))
    return {word for body in bodies for word in body.split()}


def _near_terms(session: Session, term: str, vocabulary: set[str] | None = None) -> list[str]:
    """Return the bank's words (or those of `vocabulary`) one edit or one swap of neighbours from `term`, not itself."""
    if len(term) < TYPO_MIN_LENGTH:
        return []
    size = {"low": len(term) - 1, "high": len(term) + 1}
    words: Iterable[str]
    if vocabulary is not None:
        words = [word for word in vocabulary if size["low"] <= len(word) <= size["high"]]
    elif _full_text(session):
        words = session.scalars(
            text("SELECT term FROM search_fts_vocab WHERE length(term) BETWEEN :low AND :high"), size
        )
    else:
        words = session.scalars(
            text(
                "SELECT DISTINCT word FROM search_index, regexp_split_to_table(btrim(body), ' ') AS word "
                "WHERE length(word) BETWEEN :low AND :high"
            ),
            size,
        )
    found = process.extract(term, list(words), scorer=OSA.distance, score_cutoff=1, limit=None)
    return sorted({word for word, _, _ in found if word != term})[:20]


def _full_text(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
