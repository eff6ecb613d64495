"""Teacher accounts: `create-user --teacher`, `promote`, and teacher pages that answer students with 403."""

from __future__ import annotations

from flask import Blueprint

from quizapp.accounts import find_user
from quizapp.db import db
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
