"""quizapp: a quiz and flashcard app that turns articles into a question bank studied with FSRS."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.factory import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """Import the app factory (and with it Flask) only when `quizapp.create_app` is first asked for."""
    # Importing the package must stay Flask-free, so that `import quizapp.answers` (or any core module) loads
    # no web stack; `flask --app quizapp` and `from quizapp import create_app` still find the factory here.
    if name == "create_app":
        from quizapp.factory import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
