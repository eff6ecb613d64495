"""Teachers' question files in the browser: the list, download, upload, and the editor with check, preview, publish."""

from flask import Blueprint

bp = Blueprint("authoring", __name__, url_prefix="/teach/questions")

from quizapp.web.authoring import views  # noqa: E402,F401  (views attach their routes to bp)
