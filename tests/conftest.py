"""Shared fixtures: an app on a real SQLite file in a temporary folder, synced with the sample bank."""

from __future__ import annotations

import gc
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest

from quizapp import create_app
from quizapp.db import db
from quizapp.migrating import upgrade_database
from quizapp.sync import sync_bank
from tests.pg.databases import fresh_database, keep, remember, test_database_url

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLE_BANK = DATA / "bank"


def pytest_configure(config: pytest.Config) -> None:
    """On PostgreSQL, let psycopg's "deleted while still open" pass: test apps that are never disposed leave
    pooled connections to the garbage collector, which SQLite's driver collects without a word."""
    if test_database_url():
        config.addinivalue_line("filterwarnings", "ignore:.*was deleted while still open:ResourceWarning")


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """On PostgreSQL, collect those connections after the last test, with the warning let pass: left to
    pytest's own collection at exit, the warning would be raised outside any filter and fail the run."""
    if test_database_url():
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", ".*was deleted while still open", ResourceWarning)
            for _ in range(3):
                gc.collect()


def database_url(tmp_path: Path) -> str:
    """Return a fresh database: a SQLite file under tmp_path, or one on PostgreSQL in the suite's PostgreSQL run."""
    server = test_database_url()
    return fresh_database(server) if server else f"sqlite:///{tmp_path / 'test.sqlite'}"


def session_app(tmp_path: Path, questions_dir: Path = SAMPLE_BANK, **overrides):
    """Create an app as make_app does, for a session-scoped fixture: on PostgreSQL its database is kept
    until the end of the run, though the tests after it make and drop databases of their own."""
    app = make_app(tmp_path, questions_dir, **overrides)
    if test_database_url():
        keep(app)
    return app


def make_app(tmp_path: Path, questions_dir: Path = SAMPLE_BANK, **overrides):
    """Create an app on a fresh database, migrated to the newest schema, with the bank synced."""
    settings: dict[str, Any] = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": overrides.pop("SQLALCHEMY_DATABASE_URI", None) or database_url(tmp_path),
        "QUESTIONS_DIR": questions_dir,
        "ARTICLES_DIR": ROOT / "seeds",
        "PROJECT_ROOT": ROOT,
        "WTF_CSRF_ENABLED": False,
    }
    settings.update(overrides)
    app = create_app(settings)
    if test_database_url():
        remember(app)
    upgrade_database(app)
    with app.app_context():
        sync_bank(
            db.session, Path(settings["QUESTIONS_DIR"]), Path(settings["ARTICLES_DIR"]), Path(settings["PROJECT_ROOT"])
        )
    return app


@pytest.fixture
def app(tmp_path):
    """An app with the sample bank synced, CSRF off for plain form tests."""
    app = make_app(tmp_path)
    yield app
    with app.app_context():
        db.engine.dispose()


def bank_copy(tmp_path: Path) -> Path:
    """Copy the sample bank into tmp_path, for apps whose teachers may publish (the checkout stays clean)."""
    folder = tmp_path / "questions"
    shutil.copytree(SAMPLE_BANK, folder)
    return folder


@pytest.fixture
def csrf_app(tmp_path):
    """The app with CSRF protection on, as served (on a copy of the sample bank, which teachers may write to)."""
    app = make_app(tmp_path, bank_copy(tmp_path), WTF_CSRF_ENABLED=True)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    """A test client for the app."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A CLI runner for the app's commands."""
    return app.test_cli_runner()
