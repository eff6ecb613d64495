"""Flask extensions, created unbound and attached to the app in create_app()."""

from __future__ import annotations

from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from quizapp.db import db
from quizapp.models import User

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"
csrf = CSRFProtect()


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """Load the logged-in user from the "id.version" kept in the cookie; an older session version is refused."""
    number, _, version = user_id.partition(".")
    if not (number.isascii() and number.isdecimal() and version.isascii() and version.isdecimal()):
        return None  # also a cookie from before session versions, which held the bare id
    user = db.session.get(User, int(number))
    return user if user is not None and user.session_version == int(version) else None
