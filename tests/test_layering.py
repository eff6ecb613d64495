"""Queries belong to services: no module under quizapp/web builds or runs one; views pass db.session along."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quizapp.web

WEB = Path(quizapp.web.__file__).parent
ROOT = WEB.parent.parent
# Calls that build or run a query, by the name called (a function or a method of any object).
QUERY_CALLS = {
    "select",
    "scalars",
    "scalar",
    "execute",
    "get_or_404",
    "first_or_404",
    "one_or_404",
    "paginate",
    "query",
    "text",
}
# A view may end the unit of work it was given (SQLAlchemy leaves the transaction to the caller of a service).
SESSION_ENDS = {"commit", "rollback"}
# Views allowed a query of their own, each with the reason (none today; an entry whose file runs no query fails).
ALLOWED: dict[str, str] = {}


def query_uses(source: str) -> list[tuple[int, str]]:
    """Return (line, what) for each query the source builds or runs, and each import of SQLAlchemy."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in QUERY_CALLS:
                found.append((node.lineno, f"{name}(...)"))
        elif isinstance(node, ast.Attribute) and _is_db_session(node.value) and node.attr not in SESSION_ENDS:
            found.append((node.lineno, f"db.session.{node.attr}"))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [(node.lineno, f"import {m}") for m in modules if m.split(".")[0] == "sqlalchemy"]
    return sorted(found)


def _is_db_session(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "session"
        and isinstance(node.value, ast.Name)
        and node.value.id == "db"
    )


def web_modules() -> list[str]:
    """Return every module under quizapp/web, as a path from the checkout's root."""
    return sorted(path.relative_to(ROOT).as_posix() for path in WEB.rglob("*.py"))


@pytest.mark.parametrize("module", web_modules())
def test_no_web_module_runs_a_query(module: str) -> None:
    """A view translates HTTP: the queries it needs are a service's, which it hands db.session."""
    uses = query_uses((ROOT / module).read_text(encoding="utf-8"))
    if module in ALLOWED:
        assert uses, f"{module} runs no query any more: take it off ALLOWED ({ALLOWED[module]})"
        return
    assert not uses, "\n".join(f"{module}:{line}: {what} belongs in a service" for line, what in uses)


def test_the_allow_list_names_existing_files_with_a_reason() -> None:
    for module, reason in ALLOWED.items():
        assert (ROOT / module).is_file() and reason.strip(), module


def test_the_check_finds_each_kind_of_query() -> None:
    """The walk sees what a view must not hold, and lets through what it may."""
    held = """
from sqlalchemy.orm import selectinload
def view():
    rows = db.session.scalars(db.select(Deck).where(Deck.retired.is_(False))).all()
    deck = db.get_or_404(Deck, "key")
    db.session.add(deck)
    got = db.session.get(Deck, "key")
    return connection.execute(text("SELECT 1"))
"""
    assert query_uses(held) == [
        (2, "import sqlalchemy.orm"),
        (4, "db.session.scalars"),
        (4, "scalars(...)"),
        (4, "select(...)"),
        (5, "get_or_404(...)"),
        (6, "db.session.add"),
        (7, "db.session.get"),
        (8, "execute(...)"),
        (8, "text(...)"),
    ]
    allowed = """
def view():
    result = browse_cards(db.session, current_user)
    db.session.commit()
    db.session.rollback()
    return session.get("_remember"), request.args.get("deck")
"""
    assert query_uses(allowed) == []
