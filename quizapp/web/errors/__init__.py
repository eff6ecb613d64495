"""Error pages for 400, 403, 404, 405 and 500, and a clear page for a missing or stale CSRF token."""

from flask import Blueprint

bp = Blueprint("errors", __name__)

from quizapp.web.errors import handlers  # noqa: E402,F401  (handlers attach themselves to bp)
