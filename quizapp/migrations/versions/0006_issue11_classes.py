"""Classes: a teacher's classes with their join codes, the students in each, and the decks assigned to each;
an index on review that serves the class pages' figures question by question.

Revision ID: 0006_issue11a
Revises: 0005_issue11
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_issue11a"
down_revision = "0005_issue11"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "school_class",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("join_code", sa.String(16), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_school_class_teacher_id", "school_class", ["teacher_id"])
    op.create_table(
        "class_member",
        sa.Column("class_id", sa.Integer(), sa.ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_class_member_user_id", "class_member", ["user_id"])
    op.create_table(
        "class_deck",
        sa.Column("class_id", sa.Integer(), sa.ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("deck_key", sa.String(300), sa.ForeignKey("deck.key"), primary_key=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_review_question_figures",
        "review",
        ["question_id", "user_id", "rating", "mature", "reviewed_at", "duration_ms"],
    )


def downgrade():
    op.drop_index("ix_review_question_figures", table_name="review")
    op.drop_table("class_deck")
    op.drop_index("ix_class_member_user_id", table_name="class_member")
    op.drop_table("class_member")
    op.drop_index("ix_school_class_teacher_id", table_name="school_class")
    op.drop_table("school_class")
