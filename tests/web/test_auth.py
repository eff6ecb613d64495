"""Register, log in, log out and change password through the real forms."""

from __future__ import annotations

from flask_login import current_user

from quizapp.db import db
from quizapp.models import User
from tests.web.conftest import PASSWORD


def test_register_creates_a_hashed_account_and_logs_in(client, auth, app):
    response = auth.register("amira")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    with app.app_context():
        user = db.session.scalars(db.select(User)).one()
        assert user.username == "amira" and user.password_hash != PASSWORD and user.check_password(PASSWORD)
    assert b"Your decks" in client.get("/").data


def test_register_stores_a_valid_browser_time_zone_and_ignores_a_bogus_one(client, app):
    client.post(
        "/register", data={"username": "kuwaiti", "password": PASSWORD, "confirm": PASSWORD, "timezone": "Asia/Kuwait"}
    )
    client.post("/logout")
    client.post(
        "/register", data={"username": "nowhere", "password": PASSWORD, "confirm": PASSWORD, "timezone": "Mars/Olympus"}
    )
    with app.app_context():
        zones = dict(db.session.execute(db.select(User.username, User.timezone)).all())
    assert zones == {"kuwaiti": "Asia/Kuwait", "nowhere": "UTC"}


def test_register_rejects_a_taken_username_whatever_its_case(client, auth):
    auth.register("amira")
    auth.logout()
    response = auth.register("AMIRA")
    assert response.status_code == 400
    assert b"That username is taken" in response.data


def test_register_explains_short_and_mismatched_passwords(client):
    response = client.post("/register", data={"username": "amira", "password": "short", "confirm": "short"})
    assert response.status_code == 400 and b"Use at least 8 characters." in response.data
    response = client.post("/register", data={"username": "amira", "password": PASSWORD, "confirm": "other pass"})
    assert response.status_code == 400 and b"The two passwords differ." in response.data
    response = client.post("/register", data={"username": "a b<", "password": PASSWORD, "confirm": PASSWORD})
    assert b"Use letters, digits" in response.data


def test_register_accepts_an_arabic_username(client, auth, app):
    assert auth.register("أميرة").status_code == 302
    assert "أميرة".encode() in client.get("/settings").data


def test_login_wrong_password_and_unknown_user_get_the_same_answer(client, auth):
    auth.register("amira")
    auth.logout()
    client.get("/")  # shows the "logged out" message, so it is not on the next page
    wrong_password = auth.login("amira", "not the password")
    unknown_user = auth.login("nobody", "not the password")
    assert wrong_password.status_code == unknown_user.status_code == 400
    assert b"Incorrect username or password." in wrong_password.data
    assert wrong_password.data.replace(b"amira", b"nobody") == unknown_user.data


def test_login_and_logout(client, auth):
    auth.register("amira")
    auth.logout()
    with client:
        response = auth.login("Amira")
        assert response.status_code == 302 and response.headers["Location"] == "/"
        client.get("/")
        assert current_user.username == "amira"
        auth.logout()
        client.get("/")
        assert not current_user.is_authenticated


def test_logout_is_a_post_only(client, auth):
    auth.register("amira")
    assert client.get("/logout").status_code == 405
    assert b"Your decks" in client.get("/").data


def test_login_goes_back_to_a_local_next_page_only(client, auth):
    auth.register("amira")
    auth.logout()
    response = client.post("/login?next=/stats", data={"username": "amira", "password": PASSWORD})
    assert response.headers["Location"] == "/stats"
    auth.logout()
    response = client.post("/login?next=https://evil.example/", data={"username": "amira", "password": PASSWORD})
    assert response.headers["Location"] == "/"


def test_pages_that_need_a_login_send_visitors_to_it(client):
    response = client.get("/account/password")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_logged_in_visitors_of_login_and_register_go_home(client, auth):
    auth.register("amira")
    assert client.get("/login").headers["Location"] == "/"
    assert client.get("/register").headers["Location"] == "/"


def test_change_password_checks_the_current_one(client, auth):
    auth.register("amira")
    response = client.post(
        "/account/password",
        data={"current": "wrong password", "password": "new password 1", "confirm": "new password 1"},
    )
    assert response.status_code == 400 and b"That is not your current password." in response.data
    response = client.post(
        "/account/password", data={"current": PASSWORD, "password": "new password 1", "confirm": "new password 1"}
    )
    assert response.status_code == 302 and response.headers["Location"] == "/settings"
    auth.logout()
    assert auth.login("amira").status_code == 400
    assert auth.login("amira", "new password 1").status_code == 302


def test_change_password_shows_the_form_and_rejects_a_short_one(client, auth):
    auth.register("amira")
    assert b"Change password" in client.get("/account/password").data
    response = client.post("/account/password", data={"current": PASSWORD, "password": "short", "confirm": "short"})
    assert response.status_code == 400 and b"Use at least 8 characters." in response.data
