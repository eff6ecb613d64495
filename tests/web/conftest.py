"""Web fixtures: an `auth` helper that registers, logs in and logs out through the real forms."""

from __future__ import annotations

import pytest

PASSWORD = "correct horse battery"


class AuthActions:
    """Drive the account forms with a test client (CSRF must be off, as in the `app` fixture)."""

    def __init__(self, client):
        self._client = client

    def register(self, username: str = "student", password: str = PASSWORD, follow_redirects: bool = False):
        """Create an account through /register; it is logged in afterwards."""
        return self._client.post(
            "/register",
            data={"username": username, "password": password, "confirm": password},
            follow_redirects=follow_redirects,
        )

    def login(self, username: str = "student", password: str = PASSWORD, follow_redirects: bool = False):
        """Log in through /login."""
        return self._client.post(
            "/login", data={"username": username, "password": password}, follow_redirects=follow_redirects
        )

    def logout(self):
        """Log out through POST /logout."""
        return self._client.post("/logout")


@pytest.fixture
def auth(client):
    """Account actions on the `client` fixture: auth.register(username, password), auth.login(...)."""
    return AuthActions(client)
