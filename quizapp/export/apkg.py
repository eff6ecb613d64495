"""Write notes as an Anki package (.apkg) with genanki, using quizapp's own note types.

Note type and deck ids are derived from fixed names and note GUIDs from question ids, so
importing a newer export updates the notes already in Anki instead of adding copies.
"""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

import genanki

from quizapp.export.guids import stable_id
from quizapp.export.notes import AnkiNote

NOTE_TYPE, CLOZE_NOTE_TYPE = "quizapp", "quizapp cloze"

CSS = """.card { font-family: sans-serif; font-size: 20px; line-height: 1.5; text-align: center;
  color: black; background-color: white; }
.qz-choices { display: inline-block; text-align: start; }
.qz-accept, .qz-explanation { margin-top: 0.8em; }
.qz-source { margin-top: 1em; font-size: 0.8em; color: #555; text-align: start; }
.nightMode .qz-source { color: #bbb; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
"""
_BELOW_ANSWER = (
    '{{#Explanation}}<div class="qz-explanation">{{Explanation}}</div>{{/Explanation}}{{#Source}}{{Source}}{{/Source}}'
)
_HINT = '{{#Hint}}<div class="qz-hint">{{hint:Hint}}</div>{{/Hint}}'

BASIC_MODEL = genanki.Model(
    stable_id("note type", NOTE_TYPE),
    NOTE_TYPE,
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}, {"name": "Hint"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Question}}" + _HINT,
            "afmt": "{{Question}}<hr id=answer>{{Answer}}" + _BELOW_ANSWER,
        }
    ],
    css=CSS,
)
CLOZE_MODEL = genanki.Model(
    stable_id("note type", CLOZE_NOTE_TYPE),
    CLOZE_NOTE_TYPE,
    fields=[{"name": "Question"}, {"name": "Explanation"}, {"name": "Source"}, {"name": "Hint"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Question}}" + _HINT,
            "afmt": "{{cloze:Question}}<hr id=answer>" + _BELOW_ANSWER,
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)


def genanki_note(note: AnkiNote, position: int) -> genanki.Note:
    """Make the genanki note of one quizapp note; `position` keeps new cards in bank order."""
    if note.cloze:
        model, fields = CLOZE_MODEL, [note.question, note.explanation, note.source, note.hint]
    else:
        model, fields = BASIC_MODEL, [note.question, note.answer, note.explanation, note.source, note.hint]
    return genanki.Note(model=model, fields=fields, guid=note.guid, tags=list(note.tags), due=position)


def build_package(notes: Iterable[AnkiNote], descriptions: Mapping[str, str] | None = None) -> genanki.Package:
    """Group the notes into one genanki deck per Anki deck name (with its HTML description) and return the package."""
    decks: dict[str, genanki.Deck] = {}
    for position, note in enumerate(notes):
        if note.deck not in decks:
            description = (descriptions or {}).get(note.deck, "")
            decks[note.deck] = genanki.Deck(stable_id("deck", note.deck), note.deck, description)
        decks[note.deck].add_note(genanki_note(note, position))
    return genanki.Package(list(decks.values()))


def write_apkg(
    notes: Iterable[AnkiNote],
    target: Path | BinaryIO,
    timestamp: float | None = None,
    descriptions: Mapping[str, str] | None = None,
) -> int:
    """Write the .apkg to a path or binary file and return how many notes it holds.

    Anki updates a note on re-import only when the package's copy is newer, so notes carry the
    export time (`timestamp`, seconds since the epoch; now by default).
    """
    notes = list(notes)
    package = build_package(notes, descriptions)
    stamp = time.time() if timestamp is None else timestamp
    # genanki's own write_to_file leaves its temporary database behind; this one is cleaned up.
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            # A throw-away file: no journal and no syncing to disk, it is zipped a moment later.
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            package.write_to_db(connection.cursor(), stamp, itertools.count(int(stamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    return len(notes)
