"""Issue 13i: the (user, state, due, last_review) index on card_state gains stability and question_id.

The study page's next review is the due review most overdue (or least retrievable) relative to its
stability: ranking a heavy student's ~1,000 due reviews read each card's row for its stability and question.
With both in the index, the ranking reads the index alone; every query the narrower index served still has
its columns first.

Revision ID: 0015_issue13i
Revises: 0014_issue13f
"""

from alembic import op

revision = "0015_issue13i"
down_revision = "0014_issue13f"
branch_labels = None
depends_on = None

INDEX = "ix_card_state_user_state_due"


def upgrade():
    with op.batch_alter_table("card_state") as batch:
        batch.drop_index(INDEX)
        batch.create_index(INDEX, ["user_id", "state", "due", "last_review", "stability", "question_id"])


def downgrade():
    with op.batch_alter_table("card_state") as batch:
        batch.drop_index(INDEX)
        batch.create_index(INDEX, ["user_id", "state", "due", "last_review"])
