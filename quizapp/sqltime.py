"""Time arithmetic in SQL that SQLite and PostgreSQL both run: days between two timestamp columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):  # noqa: N801 - reads as a SQL function
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
