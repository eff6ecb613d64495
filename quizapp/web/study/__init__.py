"""Studying: the question, the answer with its source paragraph, grading with FSRS, and undo."""

from flask import Blueprint

bp = Blueprint("study", __name__)

from quizapp.web.study import custom, views  # noqa: E402,F401  (views attach their routes to bp)
