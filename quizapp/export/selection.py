"""Pick the decks to export by key or title, and write them in the chosen format."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from quizapp.bank.model import Deck
from quizapp.export.anki_csv import anki_csv_text
from quizapp.export.apkg import write_apkg
from quizapp.export.errors import ExportError
from quizapp.export.html_fields import html_text
from quizapp.export.notes import ArticleTitles, anki_deck_name, notes_for_decks

FORMATS = ("csv", "apkg")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "apkg": "application/octet-stream"}


def select_decks(
    decks: Sequence[Deck], wanted: Sequence[str], everything: bool = False, broken_keys: Sequence[str] = ()
) -> list[Deck]:
    """Return the decks named by key or title (in the order named), or all decks when `everything`."""
    if everything and wanted:
        raise ExportError("choose decks with --deck or take them all with --all, not both")
    if everything:
        if not decks:
            raise ExportError("there are no decks to export")
        return list(decks)
    if not wanted:
        raise ExportError("name a deck with --deck (its title or key), or use --all")
    chosen: list[Deck] = []
    for name in wanted:
        deck = find_deck(decks, name, broken_keys)
        if deck not in chosen:
            chosen.append(deck)
    return chosen


def find_deck(decks: Sequence[Deck], name: str, broken_keys: Sequence[str] = ()) -> Deck:
    """Return the deck whose key is `name`, or else the one whose title is `name` (case ignored)."""
    by_key = [d for d in decks if d.key == name]
    if by_key:
        return by_key[0]
    folded = " ".join(name.split()).casefold()
    by_title = [d for d in decks if " ".join(d.title.split()).casefold() == folded]
    if len(by_title) == 1:
        return by_title[0]
    if by_title:
        keys = ", ".join(d.key for d in by_title)
        raise ExportError(f"several decks are titled '{name}' ({keys}); name one by its key")
    if name in broken_keys:
        raise ExportError(f"deck '{name}' has problems and was not loaded; run 'quizapp validate'")
    raise ExportError(f"no deck with key or title '{name}'")


def export_decks(
    decks: Sequence[Deck],
    fmt: str,
    target: Path | BinaryIO,
    article_title: ArticleTitles,
    timestamp: float | None = None,
) -> int:
    """Write `decks` as an Anki CSV or .apkg to a path or binary file; return the number of notes."""
    notes = notes_for_decks(decks, article_title)
    if format_for(Path("export"), fmt) == "apkg":  # format_for also turns down an unknown format
        descriptions = {anki_deck_name(d.title): html_text(d.description) for d in decks if d.description}
        return write_apkg(notes, target, timestamp, descriptions)
    data = anki_csv_text(notes).encode("utf-8")
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)
    return len(notes)


def format_for(path: Path, fmt: str | None) -> str:
    """Return the format asked for, or the one the file name's suffix implies."""
    if fmt:
        if fmt.lower() not in FORMATS:
            raise ExportError(f"unknown format '{fmt}'; expected one of: {', '.join(FORMATS)}")
        return fmt.lower()
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "txt", "tsv"):
        return "csv"
    if suffix == "apkg":
        return "apkg"
    raise ExportError(f"cannot tell the format from '{path.name}'; add --format csv or --format apkg")
