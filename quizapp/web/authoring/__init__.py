"""Teachers' question files in the browser: the list, download, upload, the editor with check, preview, publish,
and each teacher's saved drafts."""

from flask import Blueprint

bp = Blueprint("authoring", __name__, url_prefix="/teach/questions")

from quizapp.web.authoring import drafts, views  # noqa: E402,F401  (views attach their routes to bp)
