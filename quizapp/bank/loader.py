"""Load a whole question bank: find the YAML files, read each, and check ids across files."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.articles import ArticleLibrary
from quizapp.bank.deckfile import read_deck_file, read_deck_text
from quizapp.bank.fields import FoundPlace
from quizapp.bank.model import Deck
from quizapp.bank.overrides import OVERRIDES_FILE, Overrides, apply_overrides, read_overrides
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
    unchanged_keys: list[str] = field(default_factory=list)  # files left unread: as the database has them
    # Per file, the sources whose section or paragraph was left out and found from the quote (for --fix).
    found_places: list[tuple[Path, list[FoundPlace]]] = field(default_factory=list)
    files_read: int = 0

    @property
    def question_count(self) -> int:
        """Count the questions of the sound decks."""
        return sum(len(d.questions) for d in self.decks)


def find_question_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Expand files and folders into (file, folder it was found under) pairs, sorted by path."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():  # the overrides file beside the decks is no deck
            found += [
                (f, path)
                for f in sorted(path.rglob("*"))
                if f.suffix in YAML_SUFFIXES and f.is_file() and f != path / OVERRIDES_FILE
            ]
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


@dataclass
class _FileRead:
    """One file as read in the first pass, before ids are checked across the bank."""

    shown: str
    key: str
    deck: Deck | None
    problems: list[Problem]
    ids: list[tuple[str, Pos]]
    reported: bool  # False for a file read only to know which ids the rest of the bank uses
    file: Path | None = None
    found: list[FoundPlace] = field(default_factory=list)


def load_bank(
    paths: list[Path],
    articles_root: Path,
    context: list[Path] | None = None,
    owners: Mapping[str, str] | None = None,
    unchanged: Callable[[Path, str], bool] | None = None,
) -> BankLoad:
    """Read every question file under `paths`; a file with any problem is reported and left out.

    Ids are checked against the files under `context` too (the whole bank, when checking one file of it),
    which are read but not reported. When two files use one id, the file that already holds it keeps it:
    the deck `owners` names (id -> deck key, from the database), else a context file, else the first by path.
    A file for which `unchanged(file, key)` is true (sync: same text as last time) is not read, unless another
    file uses one of the ids `owners` gives its deck; it is listed in `unchanged_keys`.
    """
    library = ArticleLibrary(articles_root)
    files = _files(paths, context or [])
    skipped = {file for file, key, reported in files if reported and unchanged and unchanged(file, key)}
    reads = [_read(file, key, library, reported) for file, key, reported in files if file not in skipped]
    claimed = {qid for read in reads for qid, _ in read.ids}
    owned: dict[str, set[str]] = {}
    for qid, key in (owners or {}).items():
        owned.setdefault(key, set()).add(qid)
    result = BankLoad()
    for file, key, _ in files:
        if file in skipped:
            if owned.get(key, set()) & claimed:  # another file wants one of its ids: read it, to say where
                reads.append(_read(file, key, library, True))
            else:
                result.unchanged_keys.append(key)
                result.files_read += 1
    for problem_file, problem in _repeated_ids(reads, owners or {}):
        problem_file.problems.append(problem)
    for read in (r for r in reads if r.reported):
        result.files_read += 1
        result.problems += sorted(read.problems)
        if read.found and read.file is not None:
            result.found_places.append((read.file, read.found))
        if read.problems or read.deck is None:
            result.failed_files.append(read.shown)
            result.failed_keys.append(read.key)
        else:
            result.decks.append(read.deck)
    overrides = _overrides([*(context or []), *paths])
    if overrides is not None:
        known = {qid for read in reads for qid, _ in read.ids} | set(owners or {})
        if skipped and not overrides.named() <= known:  # an id only an unread (unchanged) file holds: read them
            known |= {
                qid for file, key, _ in files if file in skipped for qid, _ in _read(file, key, library, False).ids
            }
        apply_overrides(overrides, result.decks, known)
        result.problems += sorted(overrides.problems)
        if overrides.problems:
            result.failed_files.append(overrides.path)
    return result


def _overrides(folders: list[Path]) -> Overrides | None:
    """Read the overrides file of the bank: the one in the first folder given that has one."""
    for folder in folders:
        if folder.is_dir() and (folder / OVERRIDES_FILE).is_file():
            return read_overrides(folder / OVERRIDES_FILE, display_path(folder / OVERRIDES_FILE))
    return None


def check_deck_text(
    text: str, file: Path, questions_dir: Path, articles_root: Path, owners: Mapping[str, str] | None = None
) -> BankLoad:
    """Check a draft of `file` (under `questions_dir`) as validate would check the file, ids against the rest of the bank."""
    library = ArticleLibrary(articles_root)
    key = deck_key(file, questions_dir)
    shown = display_path(file)
    deck, reader = read_deck_text(text, shown, key, library)
    draft = _FileRead(shown, key, deck, list(reader.problems), reader.ids, True, file, reader.found_places)
    others = [
        _read(other, other_key, library, False)
        for other, other_key, _ in _files([], [questions_dir])
        if other_key != key
    ]
    for problem_file, problem in _repeated_ids([draft, *others], owners or {}):
        problem_file.problems.append(problem)
    result = BankLoad(problems=sorted(draft.problems), files_read=1)
    if draft.problems or deck is None:
        result.failed_files.append(shown)
        result.failed_keys.append(key)
    else:
        result.decks.append(deck)
    if draft.found:
        result.found_places.append((file, draft.found))
    return result


def _files(paths: list[Path], context: list[Path]) -> list[tuple[Path, str, bool]]:
    """List (file, deck key, reported?) for the files under `paths`, then the other files under `context`."""
    context_keys = {file.resolve(): deck_key(file, base) for file, base in find_question_files(context)}
    chosen = [
        (file, context_keys.get(file.resolve(), deck_key(file, base)), True)
        for file, base in find_question_files(paths)
    ]
    taken = {file.resolve() for file, _, _ in chosen}
    return chosen + [(file, key, False) for file, key in context_keys.items() if file not in taken]


def _read(file: Path, key: str, library: ArticleLibrary, reported: bool) -> _FileRead:
    shown = display_path(file)
    if not file.exists():
        return _FileRead(shown, key, None, [Problem(shown, 1, 1, "no such file or folder")], [], reported)
    deck, reader = read_deck_file(file, shown, key, library)
    return _FileRead(shown, key, deck, list(reader.problems), reader.ids, reported, file, reader.found_places)


def _repeated_ids(reads: list[_FileRead], owners: Mapping[str, str]) -> list[tuple[_FileRead, Problem]]:
    """Report every use of an id but the one that keeps it, naming where the kept one is."""
    claims: dict[str, list[tuple[int, _FileRead, Pos]]] = {}
    for order, read in enumerate(sorted(reads, key=lambda r: (r.reported, r.shown))):
        for qid, pos in read.ids:
            claims.setdefault(qid, []).append((order, read, pos))
    problems = []
    for qid, uses in claims.items():
        # The established use keeps the id: the deck the database holds it in, then a file outside the
        # checked paths (sorted first above), then the first by path.
        kept = min(uses, key=lambda use: (use[1].key != owners.get(qid), use[0]))
        where = f"{kept[1].shown}:{kept[2].line}:{kept[2].column}"
        for use in uses:
            if use is not kept:
                _, read, pos = use
                problems.append(
                    (
                        read,
                        Problem(
                            read.shown,
                            pos.line,
                            pos.column,
                            f"duplicate id '{qid}' (first used at {where}); every question needs its own id",
                        ),
                    )
                )
    return problems
