"""Each student's study settings: retention, daily limits, time zone and day start."""

from flask import Blueprint

bp = Blueprint("account", __name__)

from quizapp.web.account import views  # noqa: E402,F401  (views attach their routes to bp)
