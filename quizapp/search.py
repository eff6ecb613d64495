"""Full-text search over the questions: prompts, answers, explanations, source sentences and tags.

Text is folded before it is stored or searched (case, accents: "Kuwaït" is "kuwait"), every search word must
match the start of a word in the question, and a word of four letters or more also matches the bank's words
one edit away (a typo, or two letters swapped: "Kuwiat"). The index is `search_index`, refreshed at sync;
on SQLite its twin FTS5 table `search_fts` does the matching and ranking (bm25), on PostgreSQL a LIKE per
word over the folded text does it (no extension needed: pg_trgm and unaccent need a superuser to install).
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import and_, delete, insert, or_, select, text
from sqlalchemy.orm import Session

from quizapp.answers.text import fold
from quizapp.live import live_question
from quizapp.models import Question, QuestionSearch

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
            session.execute(text("INSERT INTO search_fts (question_id, body) VALUES (:question_id, :body)"), fresh)
    return len(set(stale) | {row["question_id"] for row in fresh})


def index_is_empty(session: Session) -> bool:
    """Tell whether the index has no row yet (a database just upgraded to it): the next sync then fills it."""
    return session.scalar(select(QuestionSearch.question_id).limit(1)) is None


def search_questions(session: Session, words: str, deck_key: str | None = None, limit: int | None = None) -> list[str]:
    """Return the ids of the live questions matching every word (best first on SQLite), within a deck if given."""
    terms = terms_of(words)[:12]
    if not terms:
        return []
    choices = [(term, _near_terms(session, term)) for term in terms]
    if _full_text(session):
        return _fts_search(session, choices, deck_key, limit)
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


def _fts_search(
    session: Session, choices: list[tuple[str, list[str]]], deck_key: str | None, limit: int | None
) -> list[str]:
    """Match on SQLite's FTS5 table: each word as a prefix, or one of its near words exactly; rank by bm25."""
    query = " AND ".join(
        "(" + " OR ".join([f'"{term}"*', *(f'"{near}"' for near in near_terms)]) + ")" for term, near_terms in choices
    )
    sql = (
        "SELECT f.question_id FROM search_fts f JOIN search_index s ON s.question_id = f.question_id "
        "WHERE search_fts MATCH :query"
        + (" AND s.deck_key = :deck" if deck_key is not None else "")
        + " ORDER BY bm25(search_fts)"
        + (" LIMIT :limit" if limit is not None else "")
    )
    return list(session.scalars(text(sql), {"query": query, "deck": deck_key, "limit": limit}))


def _near_terms(session: Session, term: str) -> list[str]:
    """Return the bank's words one edit (or one swap of neighbours) from `term`, other than itself."""
    if len(term) < TYPO_MIN_LENGTH:
        return []
    size = {"low": len(term) - 1, "high": len(term) + 1}
    if _full_text(session):
        vocabulary = session.scalars(
            text("SELECT term FROM search_fts_vocab WHERE length(term) BETWEEN :low AND :high"), size
        )
    else:
        vocabulary = session.scalars(
            text(
                "SELECT DISTINCT word FROM search_index, regexp_split_to_table(btrim(body), ' ') AS word "
                "WHERE length(word) BETWEEN :low AND :high"
            ),
            size,
        )
    found = process.extract(term, list(vocabulary), scorer=OSA.distance, score_cutoff=1, limit=None)
    return sorted({word for word, _, _ in found if word != term})[:20]


def _full_text(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
