"""Static files: fingerprinted URLs from url_for, a year of caching for those, the plain names still served."""

from __future__ import annotations

import os
import re

from flask import url_for

from quizapp.web.static_files import fingerprinted


def test_url_for_gives_a_name_with_the_hash_of_the_file(app):
    with app.test_request_context():
        url = url_for("static", filename="css/app.css")
    assert re.fullmatch(r"/static/css/app\.[0-9a-f]{12}\.css", url)


def test_a_fingerprinted_name_is_cached_for_a_year_and_the_plain_name_is_not(app, client):
    with app.test_request_context():
        url = url_for("static", filename="js/study.js")
    with client.get(url) as long_lived, client.get("/static/js/study.js") as plain:
        assert long_lived.status_code == 200
        assert long_lived.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert plain.status_code == 200 and plain.data == long_lived.data
        assert "immutable" not in plain.headers.get("Cache-Control", "")


def test_a_stale_or_unknown_fingerprint_is_not_found(client):
    assert client.get("/static/css/app.000000000000.css").status_code == 404
    assert client.get("/static/css/nothing.css").status_code == 404


def test_changing_a_file_changes_its_name(tmp_path):
    (tmp_path / "site.css").write_text("body { color: red }")
    cache: dict = {}
    first = fingerprinted(tmp_path, "site.css", cache)
    (tmp_path / "site.css").write_text("body { color: blue }")
    os.utime(tmp_path / "site.css", (1, 1))  # a new mtime, as an edit gives
    second = fingerprinted(tmp_path, "site.css", cache)
    assert first != second and first.startswith("site.") and second.endswith(".css")
    assert fingerprinted(tmp_path, "missing.css", cache) == "missing.css"
