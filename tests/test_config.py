"""create_app's settings: instance folder, a secret key made once and kept, and values from the environment."""

from __future__ import annotations

import stat
import threading

import pytest

from quizapp import create_app
from quizapp.config import instance_secret_key
from quizapp.db import db
from quizapp.migrating import upgrade_database


@pytest.fixture
def clean_env(monkeypatch):
    """No DATABASE_URL or SECRET_KEY from the machine running the tests."""
    for name in ("DATABASE_URL", "SECRET_KEY", "QUIZAPP_INSTANCE_PATH"):
        monkeypatch.delenv(name, raising=False)


def build(settings: dict):
    app = create_app(settings)
    upgrade_database(app)  # as `make run` does before serving
    with app.app_context():
        db.engine.dispose()  # release the SQLite file the upgrade opened to create the tables
    return app


def test_without_a_secret_key_one_is_made_once_and_reused(tmp_path, clean_env):
    instance = tmp_path / "instance"
    first = build({"INSTANCE_PATH": instance})
    key_file = instance / "secret_key"
    assert first.instance_path == str(instance)
    assert key_file.read_text().strip() == first.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) >= 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    second = build({"INSTANCE_PATH": instance})
    assert second.config["SECRET_KEY"] == first.config["SECRET_KEY"]
    other = build({"INSTANCE_PATH": tmp_path / "elsewhere"})
    assert other.config["SECRET_KEY"] != first.config["SECRET_KEY"]


def test_the_database_defaults_to_sqlite_in_the_instance_folder(tmp_path, clean_env):
    app = build({"INSTANCE_PATH": tmp_path / "instance"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'instance' / 'quizapp.sqlite'}"
    assert (tmp_path / "instance" / "quizapp.sqlite").is_file()


def test_database_url_and_secret_key_come_from_the_environment(tmp_path, clean_env, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.sqlite'}")
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    app = build({"INSTANCE_PATH": tmp_path / "instance"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'from-env.sqlite'}"
    assert app.config["SECRET_KEY"] == "from-the-environment"
    assert (tmp_path / "from-env.sqlite").is_file()
    assert not (tmp_path / "instance" / "secret_key").exists()


def test_the_instance_folder_can_come_from_the_environment(tmp_path, clean_env, monkeypatch):
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path / "env-instance"))
    app = build({})
    assert app.instance_path == str(tmp_path / "env-instance")
    assert (tmp_path / "env-instance" / "secret_key").is_file()


def test_workers_starting_at_once_share_one_whole_secret_key(tmp_path):
    for trial in range(10):
        instance, keys = tmp_path / f"instance-{trial}", []
        start = threading.Barrier(6)

        def worker():
            start.wait()  # noqa: B023 - the threads are joined in this iteration
            keys.append(instance_secret_key(str(instance)))  # noqa: B023 - the same

        threads = [threading.Thread(target=worker) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(keys) == 6 and len(set(keys)) == 1 and len(keys[0]) >= 32
        assert [path.name for path in instance.iterdir()] == ["secret_key"]
