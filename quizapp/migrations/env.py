"""Alembic's entry point: run the migrations on the app's engine, adopting a database made before them."""

from alembic import context
from flask import current_app

from quizapp.migrating import adopt_unversioned_database, check_foreign_keys

migrate = current_app.extensions["migrate"]


def run_migrations_online() -> None:
    """Run the migrations in one connection, after stamping a database made by create_all() as the first one."""
    with migrate.db.engine.connect() as connection:
        adopt_unversioned_database(connection)
        sqlite = connection.dialect.name == "sqlite"
        # SQLite alters a table by copying it and dropping the old one; with foreign keys on, that drop
        # would cascade and delete every card state and review of the users. The pragma only works
        # outside a transaction, hence the commit first. PostgreSQL alters tables in place.
        connection.commit()
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # so that Alembic opens, and commits, its own transaction
        context.configure(connection=connection, target_metadata=migrate.db.metadata, **migrate.configure_args)
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                check_foreign_keys(connection)
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("quizapp runs its migrations online only: use `quizapp db upgrade`")
run_migrations_online()
