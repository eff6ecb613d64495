"""The gunicorn command line `quizapp serve` runs (Flask-free, so it can be checked without starting it)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

APP_SPEC = "quizapp:create_app()"


class GunicornMissing(RuntimeError):
    """gunicorn is not installed next to this Python."""


def gunicorn_path() -> str:
    """Return the gunicorn executable of this environment (beside sys.executable), else the one on PATH."""
    beside = Path(sys.executable).parent / "gunicorn"
    found = str(beside) if beside.exists() else shutil.which("gunicorn")
    if not found:
        raise GunicornMissing("gunicorn is not installed: run `make install`")
    return found


def gunicorn_command(
    bind: str | None = None, workers: int | None = None, pidfile: str | None = None, app_spec: str = APP_SPEC
) -> list[str]:
    """Return the argv of gunicorn with quizapp's settings; options given here override the settings' defaults."""
    command = [gunicorn_path(), "--config", "python:quizapp.gunicorn_conf"]
    if bind:
        command += ["--bind", bind]
    if workers:
        command += ["--workers", str(workers)]
    if pidfile:
        command += ["--pid", pidfile]
    return [*command, app_spec]
