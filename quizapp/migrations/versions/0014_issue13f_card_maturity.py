"""Issue 13f: on SQLite, an index on each card's maturity (interval of 21 days or more), per user and state.

The stats page counts a student's cards as new, learning, relearning, young and mature. Working out each
card's interval with julianday() was most of that count (2 ms for 3,000 cards); SQLite keeps the answer in
this expression index as cards are written, whoever writes them, so the count reads the index alone. The
expression is the one quizapp.stats.card_maturity compiles to, character for character in its constants:
SQLite uses an expression index only for the same expression. PostgreSQL plans the count without it.
No model maps the index (SQLAlchemy cannot reflect expression indexes on SQLite), as with search_fts.

Revision ID: 0014_issue13f
Revises: 0013_issue13e
"""

from alembic import op

revision = "0014_issue13f"
down_revision = "0013_issue13e"
branch_labels = None
depends_on = None

INDEX = "ix_card_state_user_state_maturity"


def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE INDEX {INDEX} ON card_state (user_id, state, "
            "coalesce((julianday(due) - julianday(last_review)) >= 20.999999999, 0))"
        )


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {INDEX}")
