"""Schema migrations (Flask-Migrate over Alembic): the `quizapp db` commands and adopting older databases.

A database made before migrations existed (by `db.create_all()`, main at 5e16e24) has today's first schema
but no `alembic_version` table; it is stamped with the initial revision so that upgrading adds only what
came after it.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from flask_migrate import Migrate, upgrade
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
INITIAL_REVISION = "0001"

# render_as_batch: SQLite alters a table by copying it, which Alembic's batch mode does for us.
migrate = Migrate(directory=str(MIGRATIONS_DIR), render_as_batch=True)


def adopt_unversioned_database(connection: Connection) -> bool:
    """Stamp a pre-migration database (tables, no alembic_version) with the initial revision; the caller commits."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables or "user" not in tables:
        return False
    connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
    connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:rev)"), {"rev": INITIAL_REVISION})
    return True


def check_foreign_keys(connection: Connection) -> None:
    """Fail the migration (rolling it back) if it left a row pointing at nothing."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the migration broke {len(broken)} references, first: {broken[0]}; nothing was changed")


def at_head(engine: Engine) -> bool:
    """Tell whether the database at `engine` is migrated to the newest revision."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from flask_migrate import Config

    config = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    head = ScriptDirectory.from_config(config).get_current_head()  # type: ignore[arg-type]  # Flask-Migrate's Config is an Alembic Config; its stubs miss that
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head


def upgrade_database(app: Flask) -> None:
    """Bring the app's database to the newest schema (what `quizapp db upgrade` does)."""
    with app.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))
