"""Issue 12b: per-user FSRS parameters, imported review ids, and the full-text search index.

- user.fsrs_parameters: the 21 FSRS-6 weights the optimiser found for the user (NULL: the defaults).
- review.review_card: whether the card was in review when answered (backfilled from state_before), indexed with
  the time and maturity, so true retention by period is an index range, not a JSON decode per review.
- review.source_id: where an imported review came from ("anki:<revlog id>", "fsrs:<card>:<time>"), unique per
  user, so a second import of the same file adds nothing.
- search_index: each question's searchable text folded (case, accents), filled at the next sync; on SQLite
  also search_fts, an FTS5 table over the same text (PostgreSQL searches search_index itself).

Revision ID: 0009_issue12b
Revises: 0008_issue12a
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_issue12b"
down_revision = "0008_issue12a"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("fsrs_parameters", sa.JSON(), nullable=True))
    with op.batch_alter_table("review") as batch:
        batch.add_column(sa.Column("source_id", sa.String(length=80), nullable=True))
        batch.create_unique_constraint("uq_review_user_source", ["user_id", "source_id"])
        batch.add_column(sa.Column("review_card", sa.Boolean(), nullable=False, server_default=sa.false()))
    _backfill_review_card()
    op.create_index("ix_review_user_retention", "review", ["user_id", "review_card", "reviewed_at", "mature", "rating"])
    op.create_table(
        "search_index",
        sa.Column(
            "question_id", sa.String(length=120), sa.ForeignKey("question.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("deck_key", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_search_index_deck_key", "search_index", ["deck_key"])
    if op.get_bind().dialect.name == "sqlite":
        # unicode61 with remove_diacritics 2 folds case and accents the way search.fold does.
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(question_id UNINDEXED, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute("CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'row')")


def _backfill_review_card():
    """Set review_card on every existing review whose state_before was a review card (state 2)."""
    review = sa.table(
        "review", sa.column("id", sa.Integer), sa.column("state_before", sa.JSON), sa.column("review_card", sa.Boolean)
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(review.c.id, review.c.state_before).where(review.c.state_before.is_not(None))
    ).all()
    ids = [row.id for row in rows if isinstance(row.state_before, dict) and row.state_before.get("state") == 2]
    for start in range(0, len(ids), 5000):
        connection.execute(review.update().where(review.c.id.in_(ids[start : start + 5000])).values(review_card=True))


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts_vocab")
        op.execute("DROP TABLE search_fts")
    op.drop_index("ix_search_index_deck_key", table_name="search_index")
    op.drop_table("search_index")
    op.drop_index("ix_review_user_retention", table_name="review")
    with op.batch_alter_table("review") as batch:
        batch.drop_column("review_card")
        batch.drop_constraint("uq_review_user_source", type_="unique")
        batch.drop_column("source_id")
    with op.batch_alter_table("user") as batch:
        batch.drop_column("fsrs_parameters")
