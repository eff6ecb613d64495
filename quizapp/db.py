"""The database handle, a UTC datetime column type, and SQLite settings applied on every connection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, Executable, event
from sqlalchemy.engine import Engine, Result
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    """Declarative base for every model."""


class _SQLAlchemy(SQLAlchemy):
    """Flask-SQLAlchemy's handle, as mypy should see it."""

    if TYPE_CHECKING:
        # The request's scoped_session stands in for a Session everywhere: services are typed for a Session.
        session: Session  # type: ignore[assignment]  # a scoped_session, which proxies every Session method


db = _SQLAlchemy(model_class=Base)
if TYPE_CHECKING:
    Model = Base  # db.Model is made at run time from Base: mypy cannot follow a class made on an instance
else:
    Model = db.Model


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Store datetimes as naive UTC (SQLite has no zones) and give them back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a timezone first")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        return value.replace(tzinfo=dt.UTC) if value is not None else None


def read(session: Session, statement: Executable, params: Mapping[str, Any] | None = None) -> Result[*tuple[Any, ...]]:
    """Run a statement that returns plain columns (no ORM objects) on the session's connection and transaction.

    The session's own execute adds about 0.1 ms of ORM bookkeeping to each statement, which a row of counts
    or ids does not need; a study page runs eight of them. Pending changes are flushed first, as the session's
    autoflush would.
    """
    if session.autoflush:
        session.flush()  # nothing to do, and next to free, when nothing is pending
    return session.connection().execute(statement, dict(params or {}))


def utcnow() -> dt.datetime:
    """Return the current time, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: object, connection_record: object) -> None:
    """WAL lets readers work during a write; the busy timeout waits out short locks; foreign keys on.

    synchronous=NORMAL is WAL's safe setting (a power cut may lose the last commits, never the file's integrity)
    and spares each commit an fsync; a bigger page cache, memory-mapped reads and temporary tables in memory
    keep a school's indexes out of the read() calls.
    """
    if type(dbapi_connection).__module__ != "sqlite3":
        return
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB per connection
    cursor.execute("PRAGMA mmap_size=268435456")  # 256 MiB
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def init_app(app: Flask) -> None:
    """Bind the database to the app and add the `db` migration commands; `quizapp db upgrade` makes the tables."""
    from quizapp.migrating import migrate

    db.init_app(app)
    migrate.init_app(app, db)
