"""`quizapp history export USER` and `quizapp history import USER FILE`: a review log out and in."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from quizapp.accounts import find_user
from quizapp.db import db
from quizapp.export.revlog import HistoryFileError, fsrs_json, read_history, revlog_csv
from quizapp.history import history_entries, import_history
from quizapp.models import User


def _user(username: str) -> User:
    user = find_user(db.session, username)
    if user is None:
        raise click.ClickException(f"no user named {username!r}")
    return user


@click.group("history")
def history_group() -> None:
    """A user's review history: Anki revlog CSV or fsrs ReviewLog JSON."""


@history_group.command("export")
@click.argument("username")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The file to write.")
@with_appcontext
def export_history_command(username: str, fmt: str, out: Path) -> None:
    """Write USER's review log to a file."""
    entries = history_entries(db.session, _user(username))
    out.write_text(revlog_csv(entries) if fmt == "csv" else fsrs_json(entries), encoding="utf-8", newline="")
    click.echo(f"wrote {len(entries)} reviews to {out}")


@history_group.command("import")
@click.argument("username")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_history_command(username: str, file: Path) -> None:
    """Import a review history file into USER's log and reschedule the cards it touches."""
    user = _user(username)
    try:
        entries = read_history(file.read_bytes())
    except HistoryFileError as error:
        raise click.ClickException(f"{file}: {error}; nothing was imported") from None
    click.echo(import_history(db.session, user, entries).summary())
