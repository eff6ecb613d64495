"""Accounts: register, log in (throttled), log out, change password, log out everywhere."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from quizapp.web.auth import views  # noqa: E402,F401  (views attach their routes to bp)
