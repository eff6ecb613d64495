"""The core modules import without the web stack: each one, in a fresh interpreter, leaves Flask unloaded."""

from __future__ import annotations

import importlib.util
import pkgutil
import subprocess
import sys

import pytest

CORE = (
    "quizapp.articles",
    "quizapp.bank",
    "quizapp.generate",
    "quizapp.scheduling",
    "quizapp.answers",
    "quizapp.export",
)
WEB_STACK = ("flask", "flask_sqlalchemy", "flask_login")


def core_modules() -> list[str]:
    """Return every core module and, for a core package, each of its submodules (a new one is covered too)."""
    names = []
    for name in CORE:
        names.append(name)
        spec = importlib.util.find_spec(name)
        assert spec is not None, f"{name} is not importable"
        if spec.submodule_search_locations is not None:
            names += [info.name for info in pkgutil.walk_packages(spec.submodule_search_locations, prefix=f"{name}.")]
    return names


def test_the_walk_finds_the_submodules() -> None:
    """The walk reaches into the packages, so a module added to one of them is checked without listing it here."""
    found = core_modules()
    assert {"quizapp.bank.loader", "quizapp.export.apkg", "quizapp.generate.pipeline", "quizapp.answers.text"} <= set(
        found
    )
    assert len(found) == len(set(found))


@pytest.mark.parametrize("module", core_modules())
def test_core_module_imports_without_flask(module: str) -> None:
    """Importing the module alone loads none of flask, flask_sqlalchemy and flask_login."""
    probe = f"import sys, {module}\nprint(' '.join(name for name in {WEB_STACK!r} if name in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"importing {module} loaded {done.stdout.strip()}"
