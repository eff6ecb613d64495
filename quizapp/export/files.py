"""What `quizapp export anki` and `quizapp import anki` do, from the YAML bank to a file and back.

Both raise ExportError (or AnkiImportError, a kind of it) with a message for the person at the
terminal; neither leaves a half-written file behind.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.articles import ArticleLibrary, slugify
from quizapp.bank import load_bank
from quizapp.export.anki_import import import_anki_csv
from quizapp.export.deck_yaml import deck_yaml
from quizapp.export.errors import AnkiImportError, ExportError
from quizapp.export.notes import library_titles
from quizapp.export.selection import export_decks, format_for, select_decks


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    notes: int
    decks: int
    fmt: str
    out: Path
    skipped_files: int

    def summary(self) -> str:
        """Return the one line the CLI prints."""
        skipped = (
            f"; {_count(self.skipped_files, 'deck file')} with problems left out (see 'quizapp validate')"
            if self.skipped_files
            else ""
        )
        return (
            f"exported {_count(self.notes, 'note')} from {_count(self.decks, 'deck')} to {self.out} "
            f"({self.fmt}){skipped}"
        )


def export_bank(
    questions_dir: Path, root: Path, wanted: Sequence[str], everything: bool, fmt: str | None, out: Path | None
) -> ExportResult:
    """Load the YAML bank and write the chosen decks to `out` as an Anki CSV or .apkg."""
    if out is None:
        raise ExportError("say where to write the export with --out FILE")
    fmt = format_for(out, fmt)
    bank = load_bank([questions_dir], root)
    decks = select_decks(bank.decks, wanted, everything, bank.failed_keys)
    partial = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        count = export_decks(decks, fmt, partial, library_titles(ArticleLibrary(root)))
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from None
    return ExportResult(count, len(decks), fmt, out, len(bank.failed_files))


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def default_import_path(questions_dir: Path, title: str) -> Path:
    """Return where an imported deck goes unless told: questions/<slug of the title>.yaml."""
    return questions_dir / f"{slugify(title)}.yaml"


def import_to_yaml(source: Path, title: str | None, out: Path, root: Path, replace: bool = False) -> int:
    """Turn an Anki CSV into a YAML deck at `out`, checked as `quizapp validate` would; return the question count."""
    if not title or not title.strip():
        raise ExportError("name the new deck with --deck NAME")
    if not source.is_file():
        raise ExportError(f"no such file: {source}")
    if out.exists() and not replace:
        raise ExportError(f"{out} already exists; add --force to replace it")
    questions = import_anki_csv(source, title.strip())
    checking = out.with_name(f".{out.name}.checking")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        checking.write_text(deck_yaml(title.strip(), questions, source.name), encoding="utf-8")
        problems = load_bank([checking], root).problems
        if problems:
            raise AnkiImportError([f"{out}:{p.line}:{p.column}: {p.message}" for p in problems])
        os.replace(checking, out)
    except OSError as error:
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from None
    finally:
        checking.unlink(missing_ok=True)
    return len(questions)
