"""Error pages: friendly pages with the right status, never a traceback; a 500 rolls the session back."""

from __future__ import annotations

import pytest
from flask import abort

from quizapp.db import db
from quizapp.models import User
from tests.conftest import make_app


@pytest.fixture
def failing_app(tmp_path):
    """An app that handles exceptions as in production, with routes that fail on purpose."""
    app = make_app(tmp_path, TESTING=False, PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom():
        db.session.add(User(username="half-done", password_hash="x"))
        db.session.flush()
        raise RuntimeError("secret detail of the failure")

    @app.get("/forbidden")
    def forbidden():
        abort(403)

    @app.get("/bad")
    def bad():
        abort(400)

    yield app
    with app.app_context():
        db.engine.dispose()


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert b"Page not found" in response.data and b"Go to the home page" in response.data


def test_wrong_method_is_a_405_that_names_the_allowed_ones(client):
    response = client.get("/logout")
    assert response.status_code == 405 and "POST" in response.headers["Allow"]
    assert b"That does not work here" in response.data


def test_server_error_rolls_back_and_hides_the_traceback(failing_app):
    response = failing_app.test_client().get("/boom")
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.data
    assert b"Traceback" not in response.data and b"secret detail" not in response.data
    with failing_app.app_context():
        assert db.session.scalars(db.select(User).where(User.username == "half-done")).first() is None


@pytest.mark.parametrize(
    ("url", "code", "title"),
    [("/forbidden", 403, b"Not yours to see"), ("/bad", 400, b"Something in that request was wrong")],
)
def test_other_errors_get_their_own_page(failing_app, url, code, title):
    response = failing_app.test_client().get(url)
    assert response.status_code == code and title in response.data
