"""Command-line commands, registered on the app; each echoes one line of what it did."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from quizapp.bank import load_bank
from quizapp.db import db
from quizapp.sync import sync_bank


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@with_appcontext
def validate_command(paths: tuple[Path, ...]) -> None:
    """Check question files (default: questions/) and print every problem as path:line:column."""
    targets = list(paths) or [Path(current_app.config["QUESTIONS_DIR"])]
    result = load_bank(targets, Path(current_app.config["PROJECT_ROOT"]))
    for problem in result.problems:
        click.echo(str(problem))
    errors = len(result.problems)
    click.echo(f"{result.files_read} files, {result.question_count} valid questions, "
               f"{errors} {'error' if errors == 1 else 'errors'}")
    if errors:
        sys.exit(1)


@click.command("sync")
@with_appcontext
def sync_command() -> None:
    """Load articles and question files into the database, keeping all progress."""
    config = current_app.config
    report = sync_bank(db.session, Path(config["QUESTIONS_DIR"]), Path(config["ARTICLES_DIR"]),
                       Path(config["PROJECT_ROOT"]))
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(report.summary())


COMMANDS = (validate_command, sync_command)


def init_app(app) -> None:  # noqa: ANN001 - a Flask app
    """Register every command on the app."""
    for command in COMMANDS:
        app.cli.add_command(command)


def _create_app():  # noqa: ANN202 - FlaskGroup calls it without arguments
    from quizapp import create_app

    return create_app()


main = FlaskGroup(create_app=_create_app, help="quizapp: question bank, study server and Anki export.")
