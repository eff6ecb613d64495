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
    """Load the logged-in user from the id kept in the session."""
    return db.session.get(User, int(user_id)) if user_id.isdecimal() else None
