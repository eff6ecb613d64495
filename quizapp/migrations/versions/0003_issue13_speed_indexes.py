"""Speed at school size: indexes the hot queries use, Review.mature stored, Deck.digest for skipping re-syncs.

- review: (user_id, reviewed_at, rating) for today's answers, undo and the stats; (user_id, mature, rating)
  for true retention; `mature` backfilled from each row's state_before. Replaces ix_review_user_id.
- question: the index on `retired` alone is dropped (SQLite scanned it instead of the deck's rows); composite
  indexes for a deck's live questions and for the study order; a hash index on source_quote (sibling burying).
- card_state: (user_id, state, due) for the queue; replaces ix_card_state_user_id.
- deck: `digest`, empty until the next sync stores it.

Revision ID: 0003_issue13
Revises: 0002
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0003_issue13"
down_revision = "0002"
branch_labels = None
depends_on = None

MATURE_DAYS = 21  # frozen here: later code may change its rule, this revision may not


def mature(state):
    """Whether a state_before snapshot was a review card with an interval of 21+ days, as of this revision."""
    if not state or state.get("state") != 2:
        return False
    if state.get("due") and state.get("last_review"):
        interval = dt.datetime.fromisoformat(state["due"]) - dt.datetime.fromisoformat(state["last_review"])
        return interval >= dt.timedelta(days=MATURE_DAYS)
    return (state.get("stability") or 0) >= MATURE_DAYS


def upgrade():
    with op.batch_alter_table("review") as batch:
        batch.add_column(sa.Column("mature", sa.Boolean(), nullable=False, server_default=sa.false()))
    _backfill_mature()
    with op.batch_alter_table("review") as batch:
        batch.drop_index("ix_review_user_id")
        batch.create_index("ix_review_user_reviewed_at", ["user_id", "reviewed_at", "rating"])
        batch.create_index("ix_review_user_mature", ["user_id", "mature", "rating"])
    with op.batch_alter_table("question") as batch:
        batch.drop_index("ix_question_retired")
        batch.create_index("ix_question_live_deck", ["retired", "deck_key", "position"])
        batch.create_index("ix_question_live_order", ["retired", "position", "deck_key", "type"])
        batch.create_index("ix_question_source_quote", ["source_quote"], postgresql_using="hash")
    with op.batch_alter_table("card_state") as batch:
        batch.drop_index("ix_card_state_user_id")
        batch.create_index("ix_card_state_user_state_due", ["user_id", "state", "due"])
    with op.batch_alter_table("deck") as batch:
        batch.add_column(sa.Column("digest", sa.String(length=64), nullable=False, server_default=""))


def _backfill_mature():
    """Set `mature` on every existing review from its state_before, a batch of ids at a time."""
    review = sa.table(
        "review", sa.column("id", sa.Integer), sa.column("state_before", sa.JSON), sa.column("mature", sa.Boolean)
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(review.c.id, review.c.state_before).where(review.c.state_before.is_not(None))
    ).all()
    ids = [row.id for row in rows if mature(row.state_before)]
    for start in range(0, len(ids), 5000):
        connection.execute(review.update().where(review.c.id.in_(ids[start : start + 5000])).values(mature=True))


def downgrade():
    with op.batch_alter_table("deck") as batch:
        batch.drop_column("digest")
    with op.batch_alter_table("card_state") as batch:
        batch.drop_index("ix_card_state_user_state_due")
        batch.create_index("ix_card_state_user_id", ["user_id"])
    with op.batch_alter_table("question") as batch:
        batch.drop_index("ix_question_source_quote")
        batch.drop_index("ix_question_live_order")
        batch.drop_index("ix_question_live_deck")
        batch.create_index("ix_question_retired", ["retired"])
    with op.batch_alter_table("review") as batch:
        batch.drop_index("ix_review_user_mature")
        batch.drop_index("ix_review_user_reviewed_at")
        batch.create_index("ix_review_user_id", ["user_id"])
        batch.drop_column("mature")
