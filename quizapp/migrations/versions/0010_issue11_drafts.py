"""Issue 11c: teachers' saved drafts of question files (the editor's Save draft), one per teacher and file name.

Revision ID: 0010_issue11c
Revises: 0009_issue12b
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_issue11c"
down_revision = "0009_issue12b"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), nullable=False),
        sa.Column("path", sa.String(200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("base_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("teacher_id", "path", name="uq_draft_teacher_path"),
    )


def downgrade():
    op.drop_table("draft")
