"""Throttled logins: after 10 wrong passwords an account waits, after 100 an address does; a 429 says how long."""

from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.db import db
from quizapp.models import LoginFailure
from quizapp.throttle import ThrottleLimits
from tests.conftest import make_app
from tests.web.conftest import PASSWORD, AuthActions

LIMITS = ThrottleLimits()


def attempt(client, username: str, password: str, address: str = "192.0.2.10"):
    return client.post(
        "/login", data={"username": username, "password": password}, environ_base={"REMOTE_ADDR": address}
    )


def wait_in(response) -> int:
    assert response.status_code == 429
    seconds = int(re.search(rb"Try again in (\d+) s\.", response.data).group(1))
    assert response.headers["Retry-After"] == str(seconds)
    return seconds


def test_200_wrong_passwords_in_a_row_get_10_checks_and_190_refusals(client, auth):
    auth.register("amira")
    auth.logout()
    codes = [attempt(client, "amira", f"guess number {n}").status_code for n in range(200)]
    assert codes == [400] * LIMITS.per_account + [429] * (200 - LIMITS.per_account)


def test_a_throttled_account_refuses_even_the_right_password_and_says_how_long(client, auth):
    auth.register("amira")
    auth.logout()
    for n in range(LIMITS.per_account):
        assert attempt(client, "Amira", f"guess number {n}").status_code == 400  # any spelling of the name
    refused = attempt(client, "amira", PASSWORD)
    assert 0 < wait_in(refused) <= LIMITS.window.total_seconds()
    assert b"Incorrect username or password" not in refused.data
    assert client.get("/settings").status_code == 302  # not logged in


def test_the_wait_ends_when_the_failures_leave_the_window(app, client, auth):
    auth.register("amira")
    auth.logout()
    for n in range(LIMITS.per_account):
        attempt(client, "amira", f"guess number {n}")
    assert attempt(client, "amira", PASSWORD).status_code == 429
    with app.app_context():  # as if the window had passed
        for failure in db.session.scalars(select(LoginFailure)):
            failure.failed_at -= LIMITS.window
        db.session.commit()
    assert attempt(client, "amira", PASSWORD).status_code == 302


def test_another_account_from_another_address_is_not_held_up(app, client, auth):
    auth.register("amira")
    auth.logout()
    auth.register("ben")
    auth.logout()
    for n in range(LIMITS.per_account):
        attempt(client, "amira", f"guess number {n}")
    assert attempt(app.test_client(), "ben", PASSWORD, address="198.51.100.7").status_code == 302


def test_one_address_trying_many_accounts_is_throttled(tmp_path):
    app = make_app(tmp_path, LOGIN_THROTTLE=ThrottleLimits(per_address=15))  # 15, not 100: fewer slow hashes
    client = app.test_client()
    AuthActions(client).register("victim")
    AuthActions(client).logout()
    for n in range(15):
        assert attempt(client, f"nobody{n}", "a wrong password").status_code == 400
    assert wait_in(attempt(client, "victim", PASSWORD)) > 0
    assert attempt(app.test_client(), "victim", PASSWORD, address="198.51.100.7").status_code == 302
    with app.app_context():
        db.engine.dispose()


def test_a_successful_login_clears_the_accounts_failures(client, auth):
    auth.register("amira")
    auth.logout()
    for _ in range(2):
        for n in range(LIMITS.per_account - 1):
            assert attempt(client, "amira", f"guess number {n}").status_code == 400
        assert attempt(client, "amira", PASSWORD).status_code == 302
        auth.logout()
