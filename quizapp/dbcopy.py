"""Copy a whole school from one database to another (SQLite to PostgreSQL): every row of every table.

The target gets the newest schema first and must hold no rows; the source must be at the newest schema too
(run `quizapp db upgrade` on it). Rows go table by table in foreign-key order, in batches, through the
models' column types, so datetimes, JSON and booleans arrive as the app wrote them. PostgreSQL's id
sequences are then moved past the copied ids, and the row counts of both sides are compared.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, MetaData, func, insert, select, text

BATCH = 5000


class CopyError(Exception):
    """The copy cannot start (or did not match); nothing in the source was changed."""


def copy_rows(
    source: Engine, target: Engine, metadata: MetaData, note: Callable[[str], None] = lambda _: None
) -> dict[str, int]:
    """Copy every row of the metadata's tables from source to target; return the rows per table."""
    tables = [table for table in metadata.sorted_tables]
    with target.connect() as connection:
        filled = [t.name for t in tables if connection.execute(select(func.count()).select_from(t)).scalar()]
    if filled:
        raise CopyError(f"the target already holds rows (in {', '.join(filled)}); copy only into an empty database")
    copied: dict[str, int] = {}
    with source.connect() as reading, target.begin() as writing:
        for table in tables:
            count = 0
            result = reading.execution_options(yield_per=BATCH).execute(select(table))
            for batch in result.partitions(BATCH):
                writing.execute(insert(table), [dict(row._mapping) for row in batch])
                count += len(batch)
            copied[table.name] = count
            note(f"{table.name}: {count} rows")
        if writing.dialect.name == "postgresql":
            _move_sequences(writing, tables)
    with target.connect() as connection:
        landed = {t.name: connection.execute(select(func.count()).select_from(t)).scalar() for t in tables}
    if landed != copied:
        raise CopyError(f"row counts differ after the copy: {landed} != {copied}")
    return copied


def _move_sequences(connection, tables) -> None:
    """Set each serial id's sequence past the largest copied id, so new rows do not collide."""
    for table in tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True or (column.autoincrement == "auto" and column.type.python_type is int):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                        f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false)'
                    ),
                    {"table": f'"{table.name}"', "column": column.name},
                )
