"""The teacher role: a flag on the account, off for every existing user.

Revision ID: 0005_issue11
Revises: 0004_issue15
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_issue11"
down_revision = "0004_issue15"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("is_teacher", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table("user") as batch:
        batch.drop_column("is_teacher")
