"""A fresh database per test on the server QUIZAPP_TEST_DATABASE_URL names (the PostgreSQL run of the suite).

The first call migrates a template database; each test then gets a copy of it (CREATE DATABASE ... TEMPLATE,
a file copy), and the copies of earlier tests are dropped, so the throwaway server never fills its disk.
"""

from __future__ import annotations

import os
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from flask import Flask

TEMPLATE = "quizapp_template"
_made: list[tuple[str, str]] = []  # (test id, database) of the copies made so far
_apps: list[tuple[str, Flask]] = []  # (test id, app) on those copies, to close their connections before a drop


def _current_test() -> str:
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]


def remember(app) -> None:
    """Note an app on a copy, so that its pooled connections are closed before its database is dropped."""
    _apps.append((_current_test(), app))


def keep(app) -> None:
    """Keep an app's database to the end of the run: a session fixture's app serves tests that come after
    others have made (and dropped) databases of their own. The throwaway server goes with it at the end."""
    name = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database
    for made in [made for made in _made if made[1] == name]:
        _made.remove(made)
    for entry in [entry for entry in _apps if entry[1] is app]:
        _apps.remove(entry)


def _close_earlier_apps(test: str) -> None:
    from quizapp.db import db

    for entry in [entry for entry in _apps if entry[0] != test]:
        with entry[1].app_context():
            db.session.remove()  # type: ignore[attr-defined]  # the scoped_session, typed as its Session
            db.engine.dispose()
        _apps.remove(entry)


def test_database_url() -> str | None:
    """Return the server's URL when the suite runs on PostgreSQL, else None."""
    return os.environ.get("QUIZAPP_TEST_DATABASE_URL") or None


def _admin(url: str):
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def fresh_database(base_url: str) -> str:
    """Return the URL of a new, migrated, empty database for the running test."""
    from quizapp import create_app
    from quizapp.db import db
    from quizapp.migrating import upgrade_database

    base = make_url(base_url)
    admin = _admin(base_url)
    test = _current_test()
    _close_earlier_apps(test)
    with admin.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": TEMPLATE}).first():
            connection.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
            app = create_app(
                {
                    "SQLALCHEMY_DATABASE_URI": base.set(database=TEMPLATE).render_as_string(False),
                    "SECRET_KEY": "template",
                }
            )
            upgrade_database(app)
            with app.app_context():
                db.engine.dispose()
        for earlier_test, name in [made for made in _made if made[0] != test]:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            _made.remove((earlier_test, name))
        name = f"test_{uuid.uuid4().hex[:16]}"
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"'))
    admin.dispose()
    _made.append((test, name))
    return base.set(database=name).render_as_string(hide_password=False)
