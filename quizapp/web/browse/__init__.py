"""The card browser: every card with its state, sorted and filtered; bulk suspend; a card's history."""

from flask import Blueprint

bp = Blueprint("browse", __name__)

from quizapp.web.browse import views  # noqa: E402,F401  (views attach their routes to bp)
