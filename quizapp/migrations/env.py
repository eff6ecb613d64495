"""Alembic's entry point: run the migrations on the app's engine, adopting a database made before them."""

from alembic import context
from flask import current_app

from quizapp.migrating import adopt_unversioned_database

migrate = current_app.extensions["migrate"]


def run_migrations_online() -> None:
    """Run the migrations in one connection, after stamping a database made by create_all() as the first one."""
    with migrate.db.engine.connect() as connection:
        adopt_unversioned_database(connection)
        connection.commit()  # end the inspection's transaction, so that Alembic's own one commits at the end
        context.configure(connection=connection, target_metadata=migrate.db.metadata, **migrate.configure_args)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("quizapp runs its migrations online only: use `quizapp db upgrade`")
run_migrations_online()
