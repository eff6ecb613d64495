"""Issue 13b: per-user, per-study-day review totals (review_day) and the clock they were counted on, backfilled.

Revision ID: 0011_issue13b
Revises: 0010_issue11c
"""

import sqlalchemy as sa
from alembic import op

from quizapp.db import UTCDateTime
from quizapp.reviewdays import clock_name, totals_by_day
from quizapp.studyclock import StudyClock

revision = "0011_issue13b"
down_revision = "0010_issue11c"
branch_labels = None
depends_on = None

COUNTS = ("reviews", "correct", "duration_ms", "young", "young_passed", "mature", "mature_passed")


def upgrade():
    op.create_table(
        "review_day",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
    )
    op.create_table(
        "review_day_clock",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("clock", sa.String(80), nullable=False),
    )
    backfill(op.get_bind())


def backfill(connection):
    """Count every user's day rows from their reviews, on the clock they have now."""
    users = sa.table("user", sa.column("id"), sa.column("timezone"), sa.column("day_starts_at_hour"))
    review = sa.table(
        "review",
        sa.column("user_id"),
        sa.column("reviewed_at", UTCDateTime),
        sa.column("rating"),
        sa.column("duration_ms"),
        sa.column("review_card"),
        sa.column("mature"),
    )
    days = sa.table("review_day", sa.column("user_id"), sa.column("day"), *(sa.column(name) for name in COUNTS))
    clocks = sa.table("review_day_clock", sa.column("user_id"), sa.column("clock"))
    for user_id, zone, hour in connection.execute(sa.select(users.c.id, users.c.timezone, users.c.day_starts_at_hour)):
        rows = connection.execute(
            sa.select(
                review.c.reviewed_at, review.c.rating, review.c.duration_ms, review.c.review_card, review.c.mature
            ).where(review.c.user_id == user_id)
        )
        totals = totals_by_day(rows, StudyClock(zone, hour))
        if totals:
            connection.execute(
                days.insert(), [{"user_id": user_id, "day": day, **counts} for day, counts in totals.items()]
            )
        connection.execute(clocks.insert().values(user_id=user_id, clock=clock_name(zone, hour)))


def downgrade():
    op.drop_table("review_day_clock")
    op.drop_table("review_day")
