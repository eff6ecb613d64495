"""Revocable sessions: logout, a password change and "log out everywhere" end the cookies issued before."""

from __future__ import annotations

import re

from tests.web.conftest import PASSWORD

NEW_PASSWORD = "a brand new sentence"


def logged_in(client) -> bool:
    return client.get("/settings").status_code == 200


def copy_cookies(source, target, *names: str) -> None:
    """Give `target` the cookies of `source`, as a thief who copied them from the browser would have."""
    for name in names:
        cookie = source.get_cookie(name)
        assert cookie is not None, f"no {name} cookie to copy"
        target.set_cookie(name, cookie.value)


def test_a_copied_session_cookie_stops_working_at_logout(app, client, auth):
    auth.register("amira")
    thief = app.test_client()
    copy_cookies(client, thief, "session")
    assert logged_in(thief)
    auth.logout()
    assert not logged_in(thief) and not logged_in(client)


def test_a_remember_me_cookie_stops_working_when_the_password_changes(app, client, auth):
    auth.register("amira")
    auth.logout()
    client.post("/login", data={"username": "amira", "password": PASSWORD, "remember": "y"})
    thief = app.test_client()
    copy_cookies(client, thief, "remember_token")
    assert logged_in(thief)  # the bare remember cookie logs in: it is worth stealing
    response = client.post(
        "/account/password", data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    )
    assert response.status_code == 302
    later = app.test_client()
    copy_cookies(thief, later, "remember_token")
    assert not logged_in(later)
    assert logged_in(client)  # the student who changed it stays logged in
    fresh = app.test_client()
    copy_cookies(client, fresh, "remember_token")  # and their own remember cookie was renewed
    assert logged_in(fresh)


def test_a_copied_session_cookie_stops_working_when_the_password_changes(app, client, auth):
    auth.register("amira")
    thief = app.test_client()
    copy_cookies(client, thief, "session")
    client.post("/account/password", data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert not logged_in(thief) and logged_in(client)


def test_log_out_everywhere_ends_every_other_session(app, client, auth):
    auth.register("amira")
    phone, laptop = app.test_client(), app.test_client()
    for other in (phone, laptop):
        other.post("/login", data={"username": "amira", "password": PASSWORD, "remember": "y"})
        assert logged_in(other)
    response = client.post("/account/sessions/end")
    assert response.status_code == 302
    assert b"Every other session is logged out." in client.get("/settings").data
    assert not logged_in(phone) and not logged_in(laptop)
    assert logged_in(client)


def test_a_session_cookie_from_before_session_versions_is_refused(app, client, auth):
    auth.register("amira")
    with client.session_transaction() as session:
        session["_user_id"] = session["_user_id"].split(".")[0]  # the bare id main kept
    assert not logged_in(client)


def token_on(client, url: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(url).data.decode()).group(1)


def test_the_csrf_token_changes_at_login(csrf_app):
    client = csrf_app.test_client()
    before = token_on(client, "/register")
    response = client.post(
        "/register", data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD, "csrf_token": before}
    )
    assert response.status_code == 302
    after = token_on(client, "/settings")
    assert after != before
    settings = {
        "desired_retention": "0.8",
        "new_cards_per_day": "5",
        "reviews_per_day": "50",
        "timezone": "UTC",
        "day_starts_at_hour": "4",
    }
    assert client.post("/settings", data={**settings, "csrf_token": before}).status_code == 400
    assert client.post("/settings", data={**settings, "csrf_token": after}).status_code == 302
    client.post("/logout", data={"csrf_token": after})
    again = token_on(client, "/login")
    client.post("/login", data={"username": "amira", "password": PASSWORD, "csrf_token": again})
    assert token_on(client, "/settings") != again
