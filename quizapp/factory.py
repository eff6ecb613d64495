"""The app factory: create_app() builds the Flask app from settings, extensions, blueprints and CLI commands.

It is the one door to the web stack; `quizapp/__init__.py` reaches it only when `quizapp.create_app` is asked for.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from quizapp import cli, db
from quizapp.config import PACKAGE_ROOT, configure, instance_path
from quizapp.extensions import csrf, login_manager


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: settings, extensions, blueprints, error pages and CLI commands."""
    # The static folder sits at the top of the checkout (static/), beside the package, by the fixed layout.
    app = Flask(
        __name__,
        static_folder=str(PACKAGE_ROOT / "static"),
        static_url_path="/static",
        instance_path=instance_path(config),
    )
    configure(app, config)
    register_extensions(app)
    register_blueprints(app)
    cli.init_app(app)
    return app


def register_extensions(app: Flask) -> None:
    """Attach the database, login manager, CSRF protection, security headers and fingerprinted static files."""
    from quizapp.web import security, static_files

    db.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)
    security.init_app(app)
    static_files.init_app(app)


def register_blueprints(app: Flask) -> None:
    """Register one blueprint per feature."""
    from quizapp.web import account, articles, auth, authoring, browse, classes, decks, errors, exports, stats, study

    for feature in (auth, account, decks, study, browse, articles, stats, exports, authoring, classes, errors):
        app.register_blueprint(feature.bp)
