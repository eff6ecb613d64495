"""Static files under fingerprinted names, cached by browsers and proxies for a year.

url_for('static', filename='css/app.css') gives /static/css/app.<hash>.css, the hash taken from the file's
bytes, so a changed file gets a new name and no browser keeps an old copy; templates need no change. The
plain name still works, with Flask's short default caching.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from flask import Flask, send_from_directory
from flask.typing import ResponseReturnValue

ONE_YEAR = 365 * 24 * 3600
_FINGERPRINTED = re.compile(r"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{12})(?P<suffix>\.[A-Za-z0-9]+)$")


def fingerprinted(folder: Path, filename: str, cache: dict[str, tuple[float, str]]) -> str:
    """Return `filename` with a hash of its bytes before the suffix; unchanged if there is no such file."""
    path = folder / filename
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return filename
    known = cache.get(filename)
    if known is None or known[0] != mtime:  # re-hashed only when the file changed on disk
        known = (mtime, hashlib.sha256(path.read_bytes()).hexdigest()[:12])
        cache[filename] = known
    stem, dot, suffix = filename.rpartition(".")
    return f"{stem}.{known[1]}.{suffix}" if dot and "/" not in suffix else filename


def init_app(app: Flask) -> None:
    """Rename static URLs to their fingerprinted form and serve those names with a year of caching."""
    assert app.static_folder is not None, "create_app names the static folder"
    folder = Path(app.static_folder)
    cache: dict[str, tuple[float, str]] = {}

    @app.url_defaults
    def _fingerprint(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and "filename" in values:
            values["filename"] = fingerprinted(folder, values["filename"], cache)

    plain = app.view_functions["static"]

    def static(filename: str) -> ResponseReturnValue:
        """Serve a static file; a fingerprinted name for a year, immutable, when the hash is the file's own."""
        match = _FINGERPRINTED.match(filename)
        if match:
            original = match["stem"] + match["suffix"]
            if fingerprinted(folder, original, cache) == filename:
                response = send_from_directory(folder, original, max_age=ONE_YEAR)
                response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
                return response
        return plain(filename=filename)  # type: ignore[return-value]  # typed as maybe async; Flask's own view is not

    app.view_functions["static"] = static
