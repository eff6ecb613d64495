"""The two floors every page is measured against, in the same run: a bare Flask endpoint, and a route of
quizapp itself that loads the logged-in user and runs one indexed SELECT (what any page costs at least).

The floor route is added to a bench app only (never to the served app), so it is no route of quizapp's.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask
from flask_login import current_user, login_required

from quizapp import create_app
from quizapp.db import db
from quizapp.models import CardState

FLOOR_PATH = "/_bench/floor"


def bare_app() -> Flask:
    """Return a Flask app with one endpoint that returns a constant."""
    app = Flask("bare")
    app.add_url_rule("/", "bare", lambda: "ok")
    return app


def add_floor_route(app: Flask) -> Flask:
    """Add the same-app floor: login_required, the user loaded, one SELECT on an index (user_id)."""

    @login_required
    def floor() -> str:
        card = db.session.scalar(db.select(CardState.id).where(CardState.user_id == current_user.id).limit(1))
        return f"ok {card}"

    app.add_url_rule(FLOOR_PATH, "bench_floor", floor)
    return app


def bench_app(config: dict[str, Any] | None = None) -> Flask:
    """Return quizapp with the floor route; gunicorn calls this as 'bench.floors:bench_app()'."""
    return add_floor_route(create_app(config))


def served_floor_app() -> Flask:
    """Return the bench app as gunicorn serves it, configured from the environment like the real app."""
    os.environ.setdefault("QUIZAPP_HTTPS", "0")
    return bench_app()
