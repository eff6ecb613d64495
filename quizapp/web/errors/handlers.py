"""Turn HTTP errors into friendly pages; a server error rolls the session back and shows no traceback."""

from __future__ import annotations

from flask import render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from quizapp.db import db
from quizapp.web.errors import bp
from quizapp.web.roles import FOR_TEACHERS

MESSAGES = {
    400: ("Something in that request was wrong", "The page could not use what was sent. Go back and try again."),
    403: ("Not yours to see", "That page belongs to another account."),
    404: ("Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped."),
    405: ("That does not work here", "This page cannot be used that way. Go back and use the page's own buttons."),
    413: (
        "Too large to send",
        "That was more than the server takes at once. A question file may be at most 1 MB; "
        "split a bigger one into several decks.",
    ),
    500: ("Something went wrong on our side", "The error is logged. Please try again in a moment."),
}


def error_page(code: int, title: str, message: str, headers: list | None = None) -> tuple[str, int, list]:
    """Render the error page with its status code (and headers such as a 405's Allow)."""
    return render_template("errors/error.html", code=code, title=title, message=message), code, headers or []


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError) -> tuple[str, int, list]:
    """Explain a missing or expired form token instead of a bare 400."""
    return error_page(
        400,
        "This form has expired",
        "The page was open too long or was sent from elsewhere, so it was not saved. Reload the page and try again.",
    )


@bp.app_errorhandler(InternalServerError)
def server_error(error: InternalServerError) -> tuple[str, int, list]:
    """Undo the half-done database work of the failed request, then show the 500 page."""
    db.session.rollback()
    return error_page(500, *MESSAGES[500])


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> tuple[str, int, list]:
    """Show our page for the common errors, and Werkzeug's name and description for the rarer ones."""
    code = error.code or 500
    title, message = MESSAGES.get(code, (error.name, error.description or ""))
    if code == 403 and error.description == FOR_TEACHERS:
        title, message = "For teachers only", FOR_TEACHERS
    headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
    return error_page(code, title, message, headers)
