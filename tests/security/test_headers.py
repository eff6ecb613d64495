"""Security headers on every response of every route, no inline script on any page, secure cookies over HTTPS."""

from __future__ import annotations

import re

from quizapp.db import db
from quizapp.models import LoginFailure
from tests.conftest import make_app
from tests.security.conftest import registered
from tests.security.routes import get_routes
from tests.web.conftest import PASSWORD

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
EVENT_ATTRIBUTE = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)


def check_headers(response, where: str) -> None:
    policy = response.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy, where
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0], where
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where
    assert response.headers.get("Referrer-Policy") == "same-origin", where


def test_every_page_for_visitors_students_and_teachers_has_the_headers_and_no_inline_script(open_app):
    student, _ = registered(open_app)
    teacher, _ = registered(open_app, teacher=True)
    pages = 0
    for endpoint, url in get_routes(open_app):
        for client in (open_app.test_client(), student, teacher):
            response = client.get(url)
            check_headers(response, endpoint)
            if response.mimetype == "text/html":
                html = response.get_data(as_text=True)
                assert not INLINE_SCRIPT.search(html), f"inline <script> on {url}"
                assert not EVENT_ATTRIBUTE.search(html), f"inline event handler on {url}"
                pages += 1
            response.close()
    assert pages >= 12


def test_error_pages_and_redirects_have_the_headers_too(open_app):
    client = open_app.test_client()
    for response in (
        client.get("/no-such-page"),
        client.get("/settings"),
        client.post("/"),
        client.post("/login", data={"username": "x", "password": "y"}),
    ):
        check_headers(response, f"{response.status_code}")


def test_over_https_the_cookies_are_secure_and_hsts_is_sent(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZAPP_HTTPS", "1")
    monkeypatch.setenv("QUIZAPP_PROXY_HOPS", "1")
    app = make_app(tmp_path)
    client = app.test_client()
    client.post("/register", data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD})
    client.post("/logout")
    response = client.post(
        "/login",
        data={"username": "amira", "password": PASSWORD, "remember": "y"},
        headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"},
    )
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies and all("Secure" in cookie and "HttpOnly" in cookie for cookie in cookies)
    assert {cookie.split("=")[0] for cookie in cookies} >= {"session", "remember_token"}
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    with app.app_context():
        db.engine.dispose()


def test_behind_a_proxy_the_throttle_counts_the_forwarded_address(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZAPP_PROXY_HOPS", "1")
    app = make_app(tmp_path)
    client = app.test_client()
    for n in range(10):
        client.post(
            "/login",
            data={"username": f"x{n}", "password": "wrong password"},
            headers={"X-Forwarded-For": "203.0.113.9"},
        )
    with app.app_context():
        keys = set(db.session.scalars(db.select(LoginFailure.key)))
        db.engine.dispose()
    assert "addr:203.0.113.9" in keys and "addr:127.0.0.1" not in keys
