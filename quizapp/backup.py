"""Back up and restore the SQLite database with SQLite's online backup API, consistent while the app writes.

A plain file copy of a database in WAL mode misses the transactions still in the -wal file and can catch a
page mid-write; the backup API copies one consistent snapshot instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

# Tables every quizapp database has had since the first release; a file without them is something else.
REQUIRED_TABLES = frozenset({"user", "deck", "question", "card_state", "review"})


class BackupError(Exception):
    """A backup or restore that was refused; the message says why and nothing was changed."""


def backup_database(database: Path, target: Path) -> int:
    """Copy a consistent snapshot of `database` to the new file `target`; return how many reviews it holds."""
    if not database.is_file():
        raise BackupError(f"{database}: no database there yet (run `quizapp db upgrade` to make one)")
    if target.exists():
        raise BackupError(f"{target} exists; pick a new file name (a backup never overwrites a file)")
    target.parent.mkdir(parents=True, exist_ok=True)
    draft = target.with_name(f".{target.name}.partial")
    with contextlib.closing(sqlite3.connect(database)) as source, contextlib.closing(sqlite3.connect(draft)) as copy:
        source.backup(copy)
        reviews = copy.execute("SELECT count(*) FROM review").fetchone()[0]
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    os.replace(draft, target)  # a half-written backup never carries the final name
    return reviews


def check_quizapp_database(path: Path) -> None:
    """Raise BackupError unless `path` is a sound SQLite file with quizapp's tables."""
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(f"{path} is not a SQLite database, so not a quizapp backup")
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} cannot be read as a database: {error}") from None
    if missing := sorted(REQUIRED_TABLES - tables):
        raise BackupError(f"{path} is not a quizapp database: it has no {', '.join(missing)} table")
    if verdict != "ok":
        raise BackupError(f"{path} is damaged (integrity check: {verdict})")


def restore_database(source: Path, database: Path) -> Path | None:
    """Replace the database with the backup `source`, keeping the old one aside; return where it was kept."""
    check_quizapp_database(source)
    aside = None
    if database.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = database.with_name(f"{database.name}.before-restore-{stamp}")
        backup_database(database, aside)
    with contextlib.closing(sqlite3.connect(source)) as backup, contextlib.closing(sqlite3.connect(database)) as live:
        backup.backup(live)
    return aside
