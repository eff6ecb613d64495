"""Accounts: register, log in, log out and change password."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from quizapp.web.auth import views  # noqa: E402,F401  (views attach their routes to bp)
