"""Scheduling controls: per-user learning and relearning steps and leech threshold; card holds.

- user: learning_steps ("1m 10m"), relearning_steps ("10m"), leech_threshold (8): Anki's defaults.
- card_hold: a user's suspended, buried or leech card (a new card too, so apart from card_state).

Revision ID: 0008_issue12a
Revises: 0006_issue11a
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_issue12a"
down_revision = "0006_issue11a"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("learning_steps", sa.String(length=200), nullable=False, server_default="1m 10m"))
        batch.add_column(sa.Column("relearning_steps", sa.String(length=200), nullable=False, server_default="10m"))
        batch.add_column(sa.Column("leech_threshold", sa.Integer(), nullable=False, server_default="8"))
    op.create_table(
        "card_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=120), nullable=False),
        sa.Column("suspended", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("buried_until", sa.DateTime(), nullable=True),
        sa.Column("leech", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(["question_id"], ["question.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "question_id", name="uq_card_hold_user_question"),
    )
    op.create_index("ix_card_hold_question_id", "card_hold", ["question_id"])


def downgrade():
    op.drop_index("ix_card_hold_question_id", table_name="card_hold")
    op.drop_table("card_hold")
    with op.batch_alter_table("user") as batch:
        batch.drop_column("leech_threshold")
        batch.drop_column("relearning_steps")
        batch.drop_column("learning_steps")
