"""Issue 13d: each deck's count of questions not retired (deck.live_questions), backfilled from the questions.

Home and Stats read it instead of counting the live questions of the bank on every page; every flush that
adds, retires or moves a question keeps it (quizapp.models.livecounts) and every sync recounts it.

Revision ID: 0012_issue13d
Revises: 0011_issue13b
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_issue13d"
down_revision = "0011_issue13b"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("deck") as batch:
        batch.add_column(sa.Column("live_questions", sa.Integer(), nullable=False, server_default="0"))
    backfill(op.get_bind())


def backfill(connection):
    """Store every deck's count of questions not retired (as the model module counts, written out here so that
    a later change of the models cannot change what this revision did)."""
    deck = sa.table("deck", sa.column("key"), sa.column("live_questions"))
    question = sa.table("question", sa.column("deck_key"), sa.column("retired", sa.Boolean))
    live = (
        sa.select(sa.func.count())
        .select_from(question)
        .where(question.c.retired.is_(False), question.c.deck_key == deck.c.key)
        .scalar_subquery()
    )
    connection.execute(deck.update().values(live_questions=live))


def downgrade():
    with op.batch_alter_table("deck") as batch:
        batch.drop_column("live_questions")
