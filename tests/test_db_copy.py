"""`quizapp db copy`: a school moves to another database with every row (PostgreSQL in the suite's PostgreSQL
run, another SQLite file otherwise), and the copy works as the app: log in, study, the ids go on."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select

from quizapp import create_app
from quizapp.db import db
from quizapp.models import CardState, Review, User
from tests.conftest import database_url, make_app
from tests.factories import make_user
from tests.load.client import hidden_fields


def rows(url: str) -> dict[str, list[tuple]]:
    """Every row of every table at `url`, sorted, for comparing two databases."""
    engine = create_engine(url)
    with engine.connect() as connection:
        found = {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in db.metadata.sorted_tables
        }
    engine.dispose()
    return found


def studied_school(tmp_path):
    """A SQLite school with two students who each answered a card (through the real study pages)."""
    app = make_app(tmp_path / "source", SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'source.sqlite'}")
    with app.app_context():
        for name in ("amira", "ben"):
            make_user(name)
    for name in ("amira", "ben"):
        client = app.test_client()
        assert client.post("/login", data={"username": name, "password": "correct horse battery"}).status_code == 302
        fields = hidden_fields(client.get("/study").get_data(as_text=True), 'action="/study/answer"')
        assert client.post("/study/grade", data={**fields, "rating": "3", "answer": "x"}).status_code == 303
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Review)) == 2
        db.engine.dispose()
    return app


def test_db_copy_moves_every_row_and_the_copy_serves_the_students(tmp_path):
    source = studied_school(tmp_path)
    source_url = source.config["SQLALCHEMY_DATABASE_URI"]
    (tmp_path / "target").mkdir()
    target_url = database_url(tmp_path / "target")
    result = source.test_cli_runner().invoke(args=["db", "copy", source_url, target_url])
    assert result.exit_code == 0, result.output
    assert "copied" in result.output
    assert rows(target_url) == rows(source_url)
    copy = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": target_url,
            "SECRET_KEY": "test",
            "WTF_CSRF_ENABLED": False,
            "INSTANCE_PATH": str(tmp_path / "copy-instance"),
        }
    )
    client = copy.test_client()
    assert client.post("/login", data={"username": "amira", "password": "correct horse battery"}).status_code == 302
    assert client.get("/stats").status_code == 200
    with copy.app_context():
        newcomer = make_user("carla")  # the id sequence went on past the copied ids
        assert newcomer.id == 3
        assert db.session.scalar(select(func.count()).select_from(CardState)) == 2
        assert {u.username for u in db.session.scalars(select(User))} == {"amira", "ben", "carla"}
        db.engine.dispose()


def test_db_copy_refuses_a_target_that_holds_rows(tmp_path):
    source = studied_school(tmp_path)
    source_url = source.config["SQLALCHEMY_DATABASE_URI"]
    runner = source.test_cli_runner()
    (tmp_path / "target").mkdir()
    target_url = database_url(tmp_path / "target")
    assert runner.invoke(args=["db", "copy", source_url, target_url]).exit_code == 0
    again = runner.invoke(args=["db", "copy", source_url, target_url])
    assert again.exit_code == 1 and "already holds rows" in again.output
    assert rows(target_url) == rows(source_url)  # nothing doubled


def test_a_postgresql_url_means_psycopg_3():
    from quizapp.config import database_url as normalised

    assert (
        normalised("postgresql://quizapp@/school?host=/run/pg") == "postgresql+psycopg://quizapp@/school?host=/run/pg"
    )
    assert normalised("postgres://u:p@db/school") == "postgresql+psycopg://u:p@db/school"
    assert normalised("sqlite:///instance/quizapp.sqlite") == "sqlite:///instance/quizapp.sqlite"


def test_the_migrated_schema_matches_the_models_on_the_suites_database(tmp_path):
    from tests.migrations.test_upgrade import schema_differences

    app = make_app(tmp_path)  # PostgreSQL in the suite's PostgreSQL run
    assert schema_differences(app) == []
    with app.app_context():
        db.engine.dispose()
