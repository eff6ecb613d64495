"""Teacher accounts: `create-user --teacher`, `promote`, and teacher pages that answer students with 403."""

from __future__ import annotations

from flask import Blueprint
from sqlalchemy import event, func, insert, select

from quizapp.accounts import authenticate, find_user, register_student
from quizapp.db import db
from quizapp.models import User
from quizapp.web.roles import teacher_required
from tests.conftest import make_app
from tests.web.conftest import PASSWORD

STRONG = "a long and unusual phrase"


def run(runner, *args: str, typed: str = ""):
    """Invoke one app command, typing `typed` at its prompts."""
    return runner.invoke(args=list(args), input=typed)


def is_teacher(app, name: str) -> bool | None:
    """Tell whether the account is a teacher's (None when there is no such account)."""
    with app.app_context():
        user = find_user(db.session, name)
        return None if user is None else user.is_teacher


def test_create_user_asks_for_the_password_twice_and_makes_a_student_or_a_teacher(app, runner):
    made = run(runner, "create-user", "Ms.Okafor", "--teacher", typed=f"{STRONG}\n{STRONG}\n")
    assert made.exit_code == 0 and made.output.endswith("created teacher Ms.Okafor\n")
    assert run(runner, "create-user", "amira", typed=f"{STRONG}\n{STRONG}\n").output.endswith("created student amira\n")
    assert (is_teacher(app, "ms.okafor"), is_teacher(app, "amira")) == (True, False)
    login = app.test_client().post("/login", data={"username": "Ms.Okafor", "password": STRONG})
    assert login.status_code == 302  # the password was stored hashed, and works at the login form


def test_create_user_refuses_a_taken_name_a_weak_password_and_a_typo_in_the_repeat(app, runner):
    assert run(runner, "create-user", "amira", typed=f"{STRONG}\n{STRONG}\n").exit_code == 0
    taken = run(runner, "create-user", "AMIRA", typed=f"{STRONG}\n{STRONG}\n")
    assert taken.exit_code == 1 and "taken" in taken.output
    weak = run(runner, "create-user", "bongani", typed="password\npassword\n")
    assert weak.exit_code == 1 and "most common passwords" in weak.output and is_teacher(app, "bongani") is None
    mistyped = run(runner, "create-user", "chen", typed=f"{STRONG}\n{STRONG}x\n{STRONG}\n{STRONG}\n")
    assert mistyped.exit_code == 0 and "do not match" in mistyped.output.lower()
    bad_name = run(runner, "create-user", "a b", typed=f"{STRONG}\n{STRONG}\n")
    assert bad_name.exit_code == 1 and "letters, digits" in bad_name.output


def test_promote_makes_a_student_a_teacher_and_names_an_unknown_account(app, runner):
    run(runner, "create-user", "amira", typed=f"{STRONG}\n{STRONG}\n")
    assert run(runner, "promote", "Amira").output == "amira is a teacher\n"
    assert is_teacher(app, "amira") is True
    unknown = run(runner, "promote", "nobody")
    assert unknown.exit_code == 1 and "no account is called 'nobody'" in unknown.output


def test_a_teacher_page_answers_a_student_with_403_a_visitor_with_the_login_and_a_teacher_with_the_page(tmp_path):
    app = make_app(tmp_path)
    probe = Blueprint("probe", __name__)
    probe.add_url_rule("/teacher-probe", "page", teacher_required(lambda: "for teachers"))
    app.register_blueprint(probe)
    assert app.test_client().get("/teacher-probe").headers["Location"].startswith("/login")
    student = app.test_client()
    student.post("/register", data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD})
    refused = student.get("/teacher-probe")
    assert refused.status_code == 403 and b"For teachers only" in refused.data
    app.test_cli_runner().invoke(args=["promote", "amira"])
    assert student.get("/teacher-probe").get_data(as_text=True) == "for teachers"


def test_authenticate_takes_the_right_password_only_and_knows_no_unknown_name(app):
    app.test_client().post("/register", data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD})
    with app.app_context():
        assert authenticate(db.session, "AMIRA", PASSWORD).username == "amira"
        assert authenticate(db.session, "amira", PASSWORD + "x") is None
        assert authenticate(db.session, "nobody", PASSWORD) is None


def test_register_student_keeps_a_known_timezone_and_refuses_a_name_taken_in_another_case(app):
    with app.app_context():
        user = register_student(db.session, "amira", STRONG, "Europe/Lisbon")
        assert (user.username, user.timezone, user.is_teacher) == ("amira", "Europe/Lisbon", False)
        assert register_student(db.session, "bongani", STRONG, "Not/AZone").timezone == "UTC"
        assert register_student(db.session, "Amira", STRONG, "UTC") is None
        assert authenticate(db.session, "amira", STRONG) is not None


def test_register_student_says_taken_when_the_name_goes_between_the_check_and_the_insert(app):
    """Another request registers the same name just before this one writes: the unique key makes it "taken"."""
    with app.app_context():

        def other_request_first(session, *args) -> None:
            with db.engine.begin() as other:  # a second connection, as another worker's request would hold
                other.execute(insert(User).values(username="amira", username_key="amira", password_hash="x"))

        event.listen(db.session(), "before_flush", other_request_first, once=True)
        assert register_student(db.session, "amira", STRONG, "UTC") is None
        assert db.session.scalar(select(func.count()).select_from(User)) == 1  # the other request's account only
