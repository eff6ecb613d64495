"""Test helpers for the export tests: loading the bank strictly, a real Anki collection, and card text.

`anki` is the Anki library itself (its Rust importer, as in the desktop app), working on a
collection file in a temporary folder; nothing is mocked.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest

from quizapp.bank import Deck, load_bank
from quizapp.export import export_decks
from tests.conftest import DATA, ROOT

EDGE_CASES = DATA / "anki"
# The real bank (generated and hand-written decks), the sample bank and the hand-made edge cases.
# QUIZAPP_EXPORT_TEST_BANK names another folder to prove in place of questions/ (e.g. a fresh generation).
BANK_FOLDERS = (Path(os.environ.get("QUIZAPP_EXPORT_TEST_BANK") or ROOT / "questions"), DATA / "bank", EDGE_CASES)


def load_decks(*folders: Path) -> list[Deck]:
    """Load decks from folders, failing the test on any problem or any id used twice."""
    decks: list[Deck] = []
    for folder in folders:
        bank = load_bank([folder], ROOT)
        assert not bank.problems, "\n".join(str(p) for p in bank.problems[:20])
        decks += bank.decks
    ids = [q.id for d in decks for q in d.questions]
    assert len(ids) == len(set(ids)), "the same question id appears in two folders"
    return decks


class AnkiCollection:
    """A fresh Anki collection with the two imports a person would use: CSV and .apkg."""

    def __init__(self, folder: Path):
        self.col = Collection(str(folder / "collection.anki2"))

    def import_csv(self, path: Path):
        """Import a CSV as Anki's import dialog would, with the options its header lines choose."""
        metadata = self.col.get_csv_metadata(str(path), None)
        return self.col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log

    def import_apkg(self, path: Path):
        """Import an .apkg with Anki's default options (update notes and note types if newer)."""
        request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
        return self.col.import_anki_package(request).log

    def import_file(self, path: Path):
        """Import a CSV or an .apkg, whichever the file's suffix says."""
        return self.import_apkg(path) if path.suffix == ".apkg" else self.import_csv(path)

    def export_notes_csv(self, path: Path) -> Path:
        """Export every note as Anki's own CSV export does, with HTML, tags, deck, note type and GUID."""
        self.col.export_note_csv(
            out_path=str(path),
            limit=None,
            with_html=True,
            with_tags=True,
            with_deck=True,
            with_notetype=True,
            with_guid=True,
        )
        return path

    def notes(self) -> dict:
        """Return every note of the collection by GUID."""
        return {note.guid: note for note in (self.col.get_note(nid) for nid in self.col.find_notes(""))}

    def deck_of(self, note) -> set[str]:
        """Return the names of the decks holding a note's cards."""
        return {self.col.decks.name(card.did) for card in note.cards()}

    def close(self) -> None:
        """Close the collection file."""
        self.col.close()


@contextmanager
def exported_into_anki(
    folder: Path, decks: list[Deck], titles, fmt: str
) -> Iterator[tuple[Path, AnkiCollection, object]]:
    """Export decks as `fmt` into `folder` and import the file once into a fresh collection: (file, collection, log)."""
    path = folder / f"bank.{fmt}"
    export_decks(decks, fmt, path, titles)
    collection = AnkiCollection(folder)
    try:
        yield path, collection, collection.import_file(path)
    finally:
        collection.close()


_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def seen_text(rendered: str) -> str:
    """Return the text a student sees in rendered card HTML: styles and tags gone, <br> as line breaks."""
    text = _STYLE.sub("", rendered)
    text = re.sub(r"<br\s*/?>", "\n", text)
    return html.unescape(_TAG.sub("", text))
