"""The article view: a whole article, every paragraph addressable, with the questions drawn from each."""

from flask import Blueprint

bp = Blueprint("articles", __name__)

from quizapp.web.articles import views  # noqa: E402,F401  (views attach their routes to bp)
