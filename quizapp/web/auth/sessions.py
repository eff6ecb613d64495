"""Starting and ending sessions: a fresh CSRF token at login, and session versions that end old cookies."""

from __future__ import annotations

from flask import current_app, g, request, session
from flask_login import login_user, logout_user

from quizapp.db import db
from quizapp.models import User


def start_session(user: User, remember: bool = False) -> None:
    """Log the user in with a new CSRF token, so that a token seen before the login is worth nothing after."""
    field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    session.pop(field, None)
    g.pop(field, None)
    login_user(user, remember=remember)


def end_every_session(user: User) -> None:
    """End all of the user's sessions, this one included: every cookie issued so far stops working."""
    user.end_sessions()
    db.session.commit()
    logout_user()


def end_other_sessions(user: User) -> None:
    """End all of the user's sessions but this one, which goes on under the new session version."""
    had_remember_cookie = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies
    user.end_sessions()
    db.session.commit()
    start_session(user, remember=had_remember_cookie or session.get("_remember") == "set")
