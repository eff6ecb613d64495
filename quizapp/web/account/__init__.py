"""Each student's study settings, and their own data: progress downloads and deleting the account."""

from flask import Blueprint

bp = Blueprint("account", __name__)

from quizapp.web.account import data, fsrs, history, views  # noqa: E402,F401  (views attach their routes to bp)
