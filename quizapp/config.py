"""Settings: defaults, values from the environment, and the secret key kept in the instance folder."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

from flask import Flask

from quizapp.generate.nlp import DEFAULT_MODELS
from quizapp.throttle import ThrottleLimits

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """Return the folder holding `questions/` and `seeds/`: $QUIZAPP_ROOT, else the checkout."""
    return Path(os.environ.get("QUIZAPP_ROOT") or PACKAGE_ROOT).resolve()


def instance_path(overrides: dict[str, Any] | None) -> str | None:
    """Return the instance folder from INSTANCE_PATH (settings, then $QUIZAPP_INSTANCE_PATH); None for Flask's."""
    chosen = (overrides or {}).get("INSTANCE_PATH") or os.environ.get("QUIZAPP_INSTANCE_PATH")
    return str(Path(chosen).resolve()) if chosen else None


def database_url(url: str) -> str:
    """Return a database URL with PostgreSQL's driver named: postgresql:// means psycopg 3 here."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def default_settings(app: Flask) -> dict[str, Any]:
    """Return the settings used unless the environment or the caller overrides them."""
    root = project_root()
    database = Path(app.instance_path) / "quizapp.sqlite"
    served_over_https = os.environ.get("QUIZAPP_HTTPS", "").strip().lower() in ("1", "true", "yes")
    return {
        "PROJECT_ROOT": root,
        "QUESTIONS_DIR": root / "questions",
        "ARTICLES_DIR": root / "seeds",
        "SQLALCHEMY_DATABASE_URI": database_url(os.environ.get("DATABASE_URL") or f"sqlite:///{database}"),
        "SPACY_MODELS": DEFAULT_MODELS,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        # Served over HTTPS (QUIZAPP_HTTPS=1): cookies are then never sent over plain HTTP.
        "SESSION_COOKIE_SECURE": served_over_https,
        "REMEMBER_COOKIE_SECURE": served_over_https,
        # Behind a reverse proxy, how many proxies set X-Forwarded-For/-Proto (for the client's address).
        "PROXY_HOPS": int(os.environ.get("QUIZAPP_PROXY_HOPS") or 0),
        "LOGIN_THROTTLE": ThrottleLimits(),
        "MAX_CONTENT_LENGTH": 1024 * 1024,  # no form here needs more; a bigger body is a 413
    }


def instance_secret_key(instance_path: str) -> str:
    """Read the secret key kept in the instance folder, making one on first use."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside (mkstemp: mode 0600) and linked into place, so that of several workers starting
        # at once the first key wins and none reads a half-written file.
        descriptor, draft = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")
        try:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
            with contextlib.suppress(FileExistsError):
                os.link(draft, path)
        finally:
            os.unlink(draft)
    return path.read_text().strip()


def configure(app: Flask, overrides: dict[str, Any] | None) -> None:
    """Apply defaults, then the caller's overrides; fill SECRET_KEY from the environment or instance folder."""
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(default_settings(app))
    if overrides:
        app.config.update(overrides)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or instance_secret_key(app.instance_path)
