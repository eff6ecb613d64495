"""The query plans of the hot pages: every distinct statement one request runs, with SQLite's EXPLAIN QUERY PLAN
(or PostgreSQL's EXPLAIN), so a scan of the bank where an index should serve shows up in docs/benchmarks.md."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from quizapp.db import db


def statements_of(app: Flask, request) -> list[tuple[str, object]]:
    """Run `request()` and return the (statement, parameters) it sent to the database, in order, once each."""
    seen: list[tuple[str, object]] = []
    with app.app_context():
        engine = db.engine

    def record(connection, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT") and all(statement != s for s, _ in seen):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        request()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def plans(app: Flask, client: FlaskClient, paths: list[str]) -> list[tuple[str, str, list[str]]]:
    """Return (page, statement, plan lines) for every SELECT the pages run."""
    found = []
    for path in paths:
        for statement, parameters in statements_of(app, lambda: client.get(path)):  # noqa: B023 - called at once
            with app.app_context():
                connection = db.session.connection()
                sqlite = connection.dialect.name == "sqlite"
                explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (COSTS OFF) "
                rows = connection.exec_driver_sql(explain + statement, parameters).all()
                db.session.rollback()
            found.append((path, " ".join(statement.split()), [row[-1] if sqlite else row[0] for row in rows]))
    return found
