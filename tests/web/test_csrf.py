"""With CSRF protection on, every form POST needs the page's token; without it the answer is a clear 400."""

from __future__ import annotations

import re

import pytest

from quizapp.db import db
from tests.conftest import make_app

PASSWORD = "correct horse battery"


@pytest.fixture
def csrf_client(tmp_path):
    """A client of an app with CSRF protection on."""
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    yield app.test_client()
    with app.app_context():
        db.engine.dispose()


def token_from(client, url: str) -> str:
    """Return the CSRF token of the form on the page at `url`."""
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(url).data.decode()).group(1)


def register(client) -> None:
    """Register and log in with a valid token."""
    response = client.post(
        "/register",
        data={
            "username": "amira",
            "password": PASSWORD,
            "confirm": PASSWORD,
            "csrf_token": token_from(client, "/register"),
        },
    )
    assert response.status_code == 302


@pytest.mark.parametrize("url", ["/register", "/login"])
def test_account_forms_reject_a_post_without_token(csrf_client, url):
    response = csrf_client.post(url, data={"username": "amira", "password": PASSWORD, "confirm": PASSWORD})
    assert response.status_code == 400
    assert b"This form has expired" in response.data and b"Traceback" not in response.data


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/logout", {}),
        (
            "/settings",
            {
                "desired_retention": "0.8",
                "new_cards_per_day": "5",
                "reviews_per_day": "50",
                "timezone": "UTC",
                "day_starts_at_hour": "4",
            },
        ),
        ("/account/password", {"current": PASSWORD, "password": "new password 1", "confirm": "new password 1"}),
    ],
)
def test_logged_in_forms_reject_a_post_without_token(csrf_client, url, data):
    register(csrf_client)
    response = csrf_client.post(url, data=data)
    assert response.status_code == 400 and b"This form has expired" in response.data
    assert b"Your decks" in csrf_client.get("/").data  # still logged in, nothing changed


def test_forms_work_with_the_token(csrf_client):
    register(csrf_client)
    token = token_from(csrf_client, "/settings")
    response = csrf_client.post(
        "/settings",
        data={
            "desired_retention": "0.8",
            "new_cards_per_day": "5",
            "reviews_per_day": "50",
            "timezone": "UTC",
            "day_starts_at_hour": "4",
            "csrf_token": token,
        },
    )
    assert response.status_code == 302
    assert csrf_client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert b"Create a free account" in csrf_client.get("/").data
