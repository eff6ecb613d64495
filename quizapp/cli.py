"""Command-line commands, registered on the app; each echoes one line of what it did."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from quizapp.backup import BackupError, backup_database, restore_database
from quizapp.bank import BankLoad, load_bank
from quizapp.db import db
from quizapp.export import ExportError, default_import_path, export_bank, import_to_yaml
from quizapp.history_cli import history_group
from quizapp.optimize_cli import optimize_command
from quizapp.sync import question_owners, sync_bank


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fix", is_flag=True, help="Write in the section and paragraph found for quotes that leave them out.")
@with_appcontext
def validate_command(paths: tuple[Path, ...], fix: bool) -> None:
    """Check question files (default: questions/) and print every problem as path:line:column."""
    bank_dir = Path(current_app.config["QUESTIONS_DIR"])
    targets = list(paths) or [bank_dir]
    result = _validate(targets, bank_dir)
    if fix and result.found_places:
        from quizapp.bank.fixes import fix_file
        from quizapp.bank.loader import display_path

        for file, places in result.found_places:
            written = fix_file(file, places)
            click.echo(
                f"{display_path(file)}: wrote the section and paragraph of {written} {_plural(written, 'source')}"
            )
        result = _validate(targets, bank_dir)  # report the files as they now stand
    for problem in result.problems:
        click.echo(str(problem))
    if result.files_read == 0:
        click.echo(f"no question files (.yaml or .yml) found in {', '.join(str(t) for t in targets)}")
        sys.exit(1)
    click.echo(validation_summary(result))
    if result.problems:
        sys.exit(1)


def _validate(targets: list[Path], bank_dir: Path) -> BankLoad:
    """Load the targets, checking their ids against the whole bank and the database, not only each other."""
    context = [bank_dir] if bank_dir.is_dir() else []
    return load_bank(
        targets, Path(current_app.config["PROJECT_ROOT"]), context=context, owners=question_owners(db.session)
    )


def validation_summary(result: BankLoad) -> str:
    """Return the last line of `validate`: files checked, valid questions, errors and the files holding them."""
    errors, failed = len(result.problems), len(result.failed_files)
    line = (
        f"{result.files_read} {_plural(result.files_read, 'file')} checked, {result.question_count} valid "
        f"{_plural(result.question_count, 'question')}, {errors} {_plural(errors, 'error')}"
    )
    return line + (f" in {failed} {_plural(failed, 'file')}" if failed else "")


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


@click.command("sync")
@with_appcontext
def sync_command() -> None:
    """Load articles and question files into the database, keeping all progress; exit 1 if a file was skipped."""
    config = current_app.config
    report = sync_bank(
        db.session, Path(config["QUESTIONS_DIR"]), Path(config["ARTICLES_DIR"]), Path(config["PROJECT_ROOT"])
    )
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(report.summary())
    if report.problems:
        sys.exit(1)


def database_file() -> Path:
    """Return the SQLite file the app uses; backups work on SQLite only."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise click.ClickException(f"backup and restore work on a SQLite file, not {url.render_as_string()}")
    return Path(url.database)


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(file: Path) -> None:
    """Write a consistent copy of the database to FILE, safe to run while the server answers students."""
    try:
        reviews = backup_database(database_file(), file)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"backed up the database to {file} ({reviews} reviews)")


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def restore_command(file: Path) -> None:
    """Replace the database with the backup FILE (stop the server first); the old database is kept aside."""
    from quizapp.migrating import upgrade_database

    try:
        db.engine.dispose()  # no pooled connection may hold the old file open while it is overwritten
        aside = restore_database(file, database_file())
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    upgrade_database(current_app)  # a backup made by an older version gets today's schema
    kept = f"; the old database is kept as {aside}" if aside else ""
    click.echo(f"restored the database from {file}{kept}")


@click.group("export")
def export_group() -> None:
    """Export decks for other apps."""


@export_group.command("anki")
@click.option("--deck", "decks", multiple=True, help="A deck's title or key; repeat for more decks.")
@click.option("--all", "everything", is_flag=True, help="Export every deck.")
@click.option("--format", "fmt", help="csv or apkg (default: from the suffix of --out).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="The file to write.")
@with_appcontext
def export_anki_command(decks: tuple[str, ...], everything: bool, fmt: str | None, out: Path | None) -> None:
    """Export decks as a CSV for Anki's importer or an .apkg; importing a newer export updates the notes."""
    config = current_app.config
    try:
        result = export_bank(Path(config["QUESTIONS_DIR"]), Path(config["PROJECT_ROOT"]), decks, everything, fmt, out)
    except ExportError as error:
        raise click.ClickException(str(error)) from None
    click.echo(result.summary())


@click.group("import")
def import_group() -> None:
    """Import decks from other apps."""


@import_group.command("anki")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--deck", "title", help="The title of the new deck.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The YAML file to write (default: questions/<deck title as a slug>.yaml).",
)
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@with_appcontext
def import_anki_command(file: Path, title: str | None, out: Path | None, force: bool) -> None:
    """Turn an Anki CSV export (Basic and Cloze notes) into a question YAML deck that passes validate."""
    config = current_app.config
    out = out or default_import_path(Path(config["QUESTIONS_DIR"]), title or "")
    try:
        count = import_to_yaml(file, title, out, Path(config["PROJECT_ROOT"]), replace=force)
    except ExportError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"imported {count} questions from {file} into {out} (deck '{(title or '').strip()}')")


@click.command("generate")
@click.argument("articles_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the generated decks, one YAML file per article.",
)
@click.option("--report", is_flag=True, help="Print counts per article, kind of fact and question type.")
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=None,
    help="Keep only facts scoring at least this (0-1; default 0.5, see docs/generation.md).",
)
@with_appcontext
def generate_command(articles_dir: Path, out_dir: Path, report: bool, min_score: float | None) -> None:
    """Generate cloze, typed-answer and multiple-choice questions from every article in ARTICLES_DIR."""
    from quizapp.generate import PipelineMissing, generate

    config = current_app.config
    try:
        decks, written = generate(
            articles_dir, out_dir, Path(config["PROJECT_ROOT"]), tuple(config["SPACY_MODELS"]), min_score=min_score
        )
    except PipelineMissing as error:
        raise click.ClickException(str(error)) from None
    # Imported only now: the report's modules need spaCy, which a plain `make run` install lacks.
    from quizapp.generate.report import report_lines

    if report:
        for line in report_lines(decks):
            click.echo(line)
    total = sum(len(d.questions) for d in decks)
    click.echo(f"generated {total} questions from {len(decks)} articles into {len(written)} files in {out_dir}")


@click.command("serve")
@click.option("--bind", default=None, help="host:port to listen on (default $QUIZAPP_BIND or 127.0.0.1:8000).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes (default $QUIZAPP_WORKERS or one per CPU: this CPU-bound app served the study mix "
    "fastest so, see docs/benchmarks.md).",
)
@click.option(
    "--pid",
    "pidfile",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the master's pid here, for `kill -HUP` (graceful restart).",
)
def serve_command(bind: str | None, workers: int | None, pidfile: str | None) -> None:
    """Serve the app with gunicorn: several workers, an access log, graceful restart on HUP."""
    from quizapp.serving import GunicornMissing, gunicorn_command

    try:
        command = gunicorn_command(bind=bind, workers=workers, pidfile=pidfile)
    except GunicornMissing as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"serving with gunicorn: {' '.join(command[1:])}", err=True)
    os.execv(command[0], command)  # gunicorn takes this process over: signals reach its master directly


@click.command("copy")
@click.argument("source_url")
@click.argument("target_url")
def db_copy_command(source_url: str, target_url: str) -> None:
    """Copy every row from SOURCE_URL (e.g. sqlite:///instance/quizapp.sqlite) into an empty TARGET_URL."""
    from sqlalchemy import create_engine

    from quizapp import create_app
    from quizapp.config import database_url
    from quizapp.dbcopy import CopyError, copy_rows
    from quizapp.migrating import at_head, upgrade_database

    source, target = create_engine(database_url(source_url)), create_engine(database_url(target_url))
    try:
        if not at_head(source):
            raise CopyError("the source is not at the newest schema: run `quizapp db upgrade` on it first")
        upgrade_database(create_app({"SQLALCHEMY_DATABASE_URI": database_url(target_url)}))
        copied = copy_rows(source, target, db.metadata, note=lambda line: click.echo(line, err=True))
    except CopyError as error:
        raise click.ClickException(str(error)) from None
    finally:
        source.dispose()
        target.dispose()
    click.echo(f"copied {sum(copied.values())} rows in {len(copied)} tables to {target.url.render_as_string()}")


@click.command("create-user")
@click.argument("username")
@click.option("--teacher", is_flag=True, help="Make the account a teacher's (question files and classes).")
@click.password_option(help="Asked for, twice, when not given.")
@with_appcontext
def create_user_command(username: str, teacher: bool, password: str) -> None:
    """Create an account (a student's, or a teacher's with --teacher); the password is asked for twice."""
    from quizapp.accounts import AccountError, create_account

    try:
        user = create_account(db.session, username, password, teacher=teacher)
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"created {'teacher' if user.is_teacher else 'student'} {user.username}")


@click.command("promote")
@click.argument("username")
@with_appcontext
def promote_command(username: str) -> None:
    """Make an existing account a teacher."""
    from quizapp.accounts import AccountError, promote

    try:
        user = promote(db.session, username)
    except AccountError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    click.echo(f"{user.username} is a teacher")


COMMANDS = (
    optimize_command,
    history_group,
    validate_command,
    create_user_command,
    promote_command,
    sync_command,
    backup_command,
    restore_command,
    export_group,
    import_group,
    generate_command,
    serve_command,
)


def init_app(app) -> None:
    """Register every command on the app."""
    for command in COMMANDS:
        app.cli.add_command(command)
    from flask_migrate.cli import db as migrate_group  # type: ignore[import-not-found]  # no stub for the CLI module

    migrate_group.add_command(db_copy_command)  # `quizapp db copy`, beside Flask-Migrate's `db upgrade`


def _create_app():
    from quizapp import create_app

    return create_app()


main = FlaskGroup(create_app=_create_app, help="quizapp: question bank, study server and Anki export.")
