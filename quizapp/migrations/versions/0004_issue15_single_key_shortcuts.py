"""A per-student switch for single-key study shortcuts (digits, U, Space), on for every account (WCAG 2.1.4).

Revision ID: 0004_issue15
Revises: 0003_issue13
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_issue15"
down_revision = "0003_issue13"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("single_key_shortcuts", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade():
    with op.batch_alter_table("user") as batch:
        batch.drop_column("single_key_shortcuts")
