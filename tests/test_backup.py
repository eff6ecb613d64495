"""Backups: a consistent snapshot while the app writes, a restore that refuses strangers, a clean that keeps data."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from quizapp.backup import BackupError, backup_database
from quizapp.db import db
from quizapp.models import User
from tests.conftest import ROOT, make_app
from tests.factories import make_user

QUESTION = "sample-kuwait-apology"


@pytest.fixture
def app(tmp_path):
    """Backups work on SQLite files: this module's app is on one in the PostgreSQL run of the suite too."""
    app = make_app(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'test.sqlite'}")
    yield app
    with app.app_context():
        db.engine.dispose()


def database_path(app) -> Path:
    with app.app_context():
        return Path(db.engine.url.database)


def write_reviews_until(path: Path, stop: threading.Event, user_id: int) -> None:
    """Keep answering one card: each transaction adds a review and bumps the card's reps, as grading does."""
    con = sqlite3.connect(path, timeout=10)
    con.execute(
        "INSERT INTO card_state (user_id, question_id, deck_key, state, due, reps, lapses) "
        "SELECT ?, id, deck_key, 1, '2026-01-01 00:00:00', 0, 0 FROM question WHERE id = ?",
        (user_id, QUESTION),
    )
    con.commit()
    while not stop.is_set():
        with con:
            con.execute(
                "INSERT INTO review (user_id, question_id, rating, state_after, reviewed_at, kind) "
                "VALUES (?, ?, 3, '{}', '2026-01-01 00:00:00', 'review')",
                (user_id, QUESTION),
            )
            con.execute("UPDATE card_state SET reps = reps + 1 WHERE user_id = ?", (user_id,))
    con.close()


def test_a_backup_taken_while_the_app_writes_is_consistent(app, runner, tmp_path):
    with app.app_context():
        user_id = make_user("amira").id
        db.engine.dispose()
    stop = threading.Event()
    writer = threading.Thread(target=write_reviews_until, args=(database_path(app), stop, user_id))
    writer.start()
    try:
        watcher = sqlite3.connect(database_path(app))
        while watcher.execute("SELECT count(*) FROM review").fetchone()[0] < 200:
            pass  # let the writer get going
        watcher.close()
        results = [runner.invoke(args=["backup", str(tmp_path / f"backup-{n}.sqlite")]) for n in range(3)]
    finally:
        stop.set()
        writer.join()
    for n, result in enumerate(results):
        assert result.exit_code == 0, result.output
        assert "backed up the database to" in result.output
        copy = sqlite3.connect(tmp_path / f"backup-{n}.sqlite")
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reviews = copy.execute("SELECT count(*) FROM review").fetchone()[0]
        reps = copy.execute("SELECT reps FROM card_state").fetchone()[0]
        assert reviews == reps >= 200  # every transaction whole: no review without its card update
        assert f"({reviews} reviews)" in result.output


def test_a_backup_of_no_database_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="no database there yet"):
        backup_database(tmp_path / "missing.sqlite", tmp_path / "copy.sqlite")
    assert not (tmp_path / "missing.sqlite").exists() and not (tmp_path / "copy.sqlite").exists()


def test_a_backup_never_overwrites_a_file(runner, tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("keep me")
    result = runner.invoke(args=["backup", str(target)])
    assert result.exit_code == 1 and "exists" in result.output
    assert target.read_text() == "keep me"


def test_restore_brings_the_backup_back_and_keeps_the_old_database_aside(app, runner, tmp_path):
    with app.app_context():
        make_user("amira")
    assert runner.invoke(args=["backup", str(tmp_path / "monday.sqlite")]).exit_code == 0
    with app.app_context():
        make_user("ben")
        db.engine.dispose()
    result = runner.invoke(args=["restore", str(tmp_path / "monday.sqlite")])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert [u.username for u in db.session.scalars(db.select(User))] == ["amira"]
    aside = sorted(database_path(app).parent.glob("*.before-restore-*"))
    assert len(aside) == 1 and str(aside[0]) in result.output
    kept = sqlite3.connect(aside[0]).execute("SELECT username FROM user ORDER BY id").fetchall()
    assert kept == [("amira",), ("ben",)]


def test_restore_refuses_a_file_that_is_not_a_quizapp_database(app, runner, tmp_path):
    with app.app_context():
        make_user("amira")
        db.engine.dispose()
    text = tmp_path / "essay.sqlite"
    text.write_text("not a database at all")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE recipes (name TEXT)")
    before = database_path(app).read_bytes()
    for stranger, reason in (
        (text, "not a SQLite database"),
        (other, "not a quizapp database"),
        (tmp_path / "missing.sqlite", "no such file"),
    ):
        result = runner.invoke(args=["restore", str(stranger)])
        assert result.exit_code == 1 and reason in result.output and "Traceback" not in result.output
    assert database_path(app).read_bytes() == before
    assert not list(database_path(app).parent.glob("*.before-restore-*"))


def test_make_clean_never_touches_the_instance_folder(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    for folder in (".venv", "instance", ".pytest_cache"):
        (tmp_path / folder).mkdir()
    (tmp_path / "instance" / "quizapp.sqlite").write_text("the students' progress")
    (tmp_path / "instance" / "secret_key").write_text("key")
    subprocess.run(["make", "-s", "-C", str(tmp_path), "clean"], check=True, capture_output=True)
    assert not (tmp_path / ".venv").exists()
    assert (tmp_path / "instance" / "quizapp.sqlite").read_text() == "the students' progress"
    assert (tmp_path / "instance" / "secret_key").read_text() == "key"
