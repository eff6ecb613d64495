"""Session versions, usernames unique under NFKC + casefold, and the failed-login table for throttling.

Revision ID: 0002
Revises: 0001
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def folded(name: str) -> str:
    """The username key as this revision defines it (frozen here: later code may change, this may not)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name.strip()).casefold())


def upgrade():
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("session_version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("username_key", sa.String(length=80), nullable=True))
    connection = op.get_bind()
    taken: set[str] = set()
    for user_id, name in connection.execute(sa.text('SELECT id, username FROM "user" ORDER BY id')).all():
        key = folded(name)
        # Accounts that differ only in case could be made before; the oldest keeps the name for logging in,
        # the others keep all their data under a key no typed name can match, for an admin to sort out.
        if key in taken:
            key = f"{key}#{user_id}"
        taken.add(key)
        connection.execute(sa.text('UPDATE "user" SET username_key = :key WHERE id = :id'), {"key": key, "id": user_id})
    with op.batch_alter_table("user") as batch:
        batch.alter_column("username_key", existing_type=sa.String(length=80), nullable=False)
        batch.create_unique_constraint("uq_user_username_key", ["username_key"])
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_failure") as batch:
        batch.create_index(batch.f("ix_login_failure_key"), ["key"], unique=False)
        batch.create_index(batch.f("ix_login_failure_failed_at"), ["failed_at"], unique=False)


def downgrade():
    op.drop_table("login_failure")
    with op.batch_alter_table("user") as batch:
        batch.drop_constraint("uq_user_username_key", type_="unique")
        batch.drop_column("username_key")
        batch.drop_column("session_version")
