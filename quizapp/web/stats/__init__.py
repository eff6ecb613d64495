"""The statistics page: reviews, correct rate, true retention, card states, due forecast and streak."""

from flask import Blueprint

bp = Blueprint("stats", __name__)

from quizapp.web.stats import views  # noqa: E402,F401  (views attach their routes to bp)
