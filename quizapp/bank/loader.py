"""Load a whole question bank: find the YAML files, read each, and check ids across files."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.articles import ArticleLibrary
from quizapp.bank.deckfile import read_deck_file
from quizapp.bank.model import Deck
from quizapp.bank.problems import Problem
from quizapp.bank.yamlnodes import Pos

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class BankLoad:
    """The result of loading: the sound decks, every problem, and the files that were skipped."""

    decks: list[Deck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failed_files: list[str] = field(default_factory=list)
    failed_keys: list[str] = field(default_factory=list)
    files_read: int = 0

    @property
    def question_count(self) -> int:
        """Count the questions of the sound decks."""
        return sum(len(d.questions) for d in self.decks)


def find_question_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Expand files and folders into (file, folder it was found under) pairs, sorted by path."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            found += [(f, path) for f in sorted(path.rglob("*")) if f.suffix in YAML_SUFFIXES and f.is_file()]
        else:
            found.append((path, path.parent))
    return found


def deck_key(file: Path, base: Path) -> str:
    """Name a deck by its file path under the questions folder, without the suffix."""
    try:
        relative = file.relative_to(base)
    except ValueError:
        relative = Path(file.name)
    return relative.with_suffix("").as_posix()


def display_path(file: Path) -> str:
    """Show a path relative to the working directory when it lies below it, else as given."""
    try:
        relative = os.path.relpath(file)
    except ValueError:  # another drive on Windows
        return str(file)
    return str(file) if relative.startswith("..") else relative


def load_bank(paths: list[Path], articles_root: Path) -> BankLoad:
    """Read every question file under `paths`; a file with any problem is reported and left out."""
    library = ArticleLibrary(articles_root)
    result = BankLoad()
    first_seen: dict[str, str] = {}  # id -> "path:line:column" where it first appeared
    for file, base in find_question_files(paths):
        result.files_read += 1
        shown, key = display_path(file), deck_key(file, base)
        if not file.exists():
            deck, problems = None, [Problem(shown, 1, 1, "no such file or folder")]
        else:
            deck, reader = read_deck_file(file, shown, key, library)
            problems = reader.problems + _repeated_ids(reader.ids, shown, first_seen)
        result.problems += sorted(problems)
        if problems or deck is None:
            result.failed_files.append(shown)
            result.failed_keys.append(key)
        else:
            result.decks.append(deck)
    return result


def _repeated_ids(ids: list[tuple[str, Pos]], shown: str, first_seen: dict[str, str]) -> list[Problem]:
    """Report every id used before in the bank; remember where each new one first appears."""
    problems = []
    for qid, pos in ids:
        if qid in first_seen:
            problems.append(Problem(shown, pos.line, pos.column, f"duplicate id '{qid}' (first used at "
                                    f"{first_seen[qid]}); every question needs its own id"))
        else:
            first_seen[qid] = f"{shown}:{pos.line}:{pos.column}"
    return problems
