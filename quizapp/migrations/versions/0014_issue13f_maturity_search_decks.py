"""Issue 13f, SQLite only: an index on each card's maturity per user and state; each full-text row's rowid in
its deck's range.

The stats page counts a student's cards as new, learning, relearning, young and mature. Working out each
card's interval with julianday() was most of that count (2 ms for 3,000 cards); SQLite keeps the answer in
this expression index as cards are written, whoever writes them, so the count reads the index alone. The
expression is the one quizapp.stats.card_maturity compiles to, constants included: SQLite uses an expression
index only for the same expression. No model maps the index (SQLAlchemy cannot reflect expression indexes on
SQLite), as no model maps search_fts.

A deck page's search read the matches of the whole bank and then kept its deck's. Each search_fts row is
written again with the rowid quizapp.search.deck_rowids gives it (its deck's number, a CRC-32 of the key, in
the high 32 bits; its search_index rowid in the low ones), so that a deck's rows are one rowid range; and each
deck's words are stored in search_fts_terms (deck, term, size), which quizapp.searchterms keeps at sync, so that
the deck's search spells out a prefix or a typo from them instead of reading every body of the deck.

PostgreSQL has neither (its search is the LIKE branch over search_index); nothing changes there.

Revision ID: 0014_issue13f
Revises: 0013_issue13e
"""

import zlib

import sqlalchemy as sa
from alembic import op

revision = "0014_issue13f"
down_revision = "0013_issue13e"
branch_labels = None
depends_on = None

INDEX = "ix_card_state_user_state_maturity"


def upgrade():
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE INDEX {INDEX} ON card_state (user_id, state, "
        "coalesce((julianday(due) - julianday(last_review)) >= 20.999999999, 0))"
    )
    rows = op.get_bind().execute(sa.text("SELECT rowid, question_id, deck_key, body FROM search_index")).all()
    op.execute("DELETE FROM search_fts")
    if rows:
        op.get_bind().execute(
            sa.text("INSERT INTO search_fts (rowid, question_id, body) VALUES (:rowid, :question_id, :body)"),
            [{"rowid": deck_low(deck) + rowid, "question_id": qid, "body": body} for rowid, qid, deck, body in rows],
        )
    op.execute(
        "CREATE TABLE search_fts_terms (deck_key VARCHAR(300) NOT NULL, term TEXT NOT NULL, size INTEGER NOT NULL, "
        "PRIMARY KEY (deck_key, term)) WITHOUT ROWID"
    )
    op.execute("CREATE INDEX ix_search_fts_terms_size ON search_fts_terms (deck_key, size, term)")
    words = sorted({(deck, word) for _, _, deck, body in rows for word in body.split()})
    if words:
        op.get_bind().execute(
            sa.text("INSERT INTO search_fts_terms (deck_key, term, size) VALUES (:deck, :term, :size)"),
            [{"deck": deck, "term": word, "size": len(word)} for deck, word in words],
        )


def deck_low(deck_key):
    """The first rowid of a deck's range (written out here, as quizapp.search.deck_rowids computes it today)."""
    return (zlib.crc32(deck_key.encode()) & 0x7FFFFFFF) << 32


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts_terms")
        op.execute(f"DROP INDEX {INDEX}")  # the rowids stay: any rowid serves the search before this revision
