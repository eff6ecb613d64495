"""The home page (landing page or deck list) and one page per deck."""

from flask import Blueprint

bp = Blueprint("decks", __name__)

from quizapp.web.decks import views  # noqa: E402,F401  (views attach their routes to bp)
