"""Issue 13e: each card's copy of its question's deck (card_state.deck_key), backfilled, and its index; the
(user, state, due) index gains last_review.

Home counts a student's cards per deck from the (user, deck, state, due, question) index instead of joining every card
with its question; quizapp.models.carddecks sets the deck on every new card and moves it with its question.

Revision ID: 0013_issue13e
Revises: 0012_issue13d
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_issue13e"
down_revision = "0012_issue13d"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("card_state") as batch:
        batch.add_column(sa.Column("deck_key", sa.String(300), nullable=True))
    backfill(op.get_bind())
    with op.batch_alter_table("card_state") as batch:
        batch.alter_column("deck_key", existing_type=sa.String(300), nullable=False)
        batch.create_index("ix_card_state_user_deck", ["user_id", "deck_key", "state", "due", "question_id"])
        # With last_review, the stats page counts young and mature cards from the index alone.
        batch.drop_index("ix_card_state_user_state_due")
        batch.create_index("ix_card_state_user_state_due", ["user_id", "state", "due", "last_review"])


def backfill(connection):
    """Copy each card's question's deck onto the card (written out here, not through the models, so that a later
    change of the models cannot change what this revision did)."""
    card = sa.table("card_state", sa.column("question_id"), sa.column("deck_key"))
    question = sa.table("question", sa.column("id"), sa.column("deck_key"))
    deck = sa.select(question.c.deck_key).where(question.c.id == card.c.question_id).scalar_subquery()
    connection.execute(card.update().values(deck_key=deck))


def downgrade():
    with op.batch_alter_table("card_state") as batch:
        batch.drop_index("ix_card_state_user_state_due")
        batch.create_index("ix_card_state_user_state_due", ["user_id", "state", "due"])
        batch.drop_index("ix_card_state_user_deck")
        batch.drop_column("deck_key")
