"""Downloads of decks for Anki: one deck or all of them, as CSV or .apkg."""

from flask import Blueprint

bp = Blueprint("exports", __name__)

from quizapp.web.exports import views  # noqa: E402,F401  (views attach their routes to bp)
