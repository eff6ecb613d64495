"""SQL that SQLite and PostgreSQL both run: days between two timestamps, and a column no index serves on SQLite."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):
    """The days from the first timestamp to the second, as a float (negative when the second is earlier)."""

    type = Float()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    # SQLite keeps timestamps as ISO text, which julianday() reads.
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(julianday({end}) - julianday({start}))"


@compiles(days_between, "postgresql")
def _postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end}) - ({start})) / 86400.0)"


class unindexed(FunctionElement):
    """A column whose test no index may serve on SQLite (which has no statistics to weigh an index with).

    SQLite gets coalesce(column, 0), which no index matches, so that a join starts from the table the
    query means to drive it (the user's cards); PostgreSQL plans with statistics and gets the plain column.
    """

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"coalesce({compiler.process(element.clauses, **kw)}, 0)"
