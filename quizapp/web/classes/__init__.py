"""Classes: a teacher's class pages (students, decks, question analytics, CSV) and a student's join and leave."""

from flask import Blueprint

bp = Blueprint("classes", __name__)

from quizapp.web.classes import joining, results, views  # noqa: E402,F401  (they attach their routes to bp)
