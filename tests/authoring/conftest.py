"""Fixtures for the teacher's question pages: an app on a copy of the sample bank, and a teacher."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quizapp.db import db
from tests.conftest import bank_copy, make_app
from tests.security.conftest import registered


@pytest.fixture
def bank_app(tmp_path):
    """The app with CSRF off, on a copy of the sample bank in tmp_path/questions."""
    app = make_app(tmp_path, bank_copy(tmp_path))
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def teacher(bank_app):
    """A logged-in teacher's client."""
    return registered(bank_app, "teacher", teacher=True)[0]


def editor_fields(page: str) -> dict[str, str]:
    """Read the editor form's path, text and base hash from a rendered editor page."""
    path = re.search(r'<input[^>]*name="path"[^>]*value="([^"]*)"', page)
    text = re.search(r"<textarea[^>]*name=\"content\"[^>]*>(?:\r?\n)?(.*?)</textarea>", page, re.S)
    base = re.search(r'<input[^>]*name="base_hash"[^>]*value="([^"]*)"', page)
    return {
        "path": unescape(path.group(1)),
        "content": unescape(text.group(1)),
        "base_hash": base.group(1) if base else "",
    }


def post_editor(client, action: str, **fields: str):
    """Press a button of the editor with the given fields."""
    return client.post("/teach/questions/editor", data={"base_hash": "", **fields, "action": action})
