"""Write notes as the CSV that Anki's own importer (2.1.55 and later) reads with no questions asked.

The file starts with header lines that tell Anki everything: tab separator, HTML fields, and which
columns hold the note type, deck, GUID and tags. Only the stock note types `Basic` (Front, Back)
and `Cloze` (Text, Back Extra) are used, since a CSV file cannot bring a note type of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.export.notes import AnkiNote

BASIC, CLOZE = "Basic", "Cloze"
# The note type comes first: it never starts with '#', which Anki would take for a comment line.
HEADER = ("#separator:tab\n"
          "#html:true\n"
          "#notetype column:1\n"
          "#deck column:2\n"
          "#guid column:3\n"
          "#tags column:6\n")
_NEEDS_QUOTES = ("\t", '"', "\n", "\r")


def csv_field(value: str) -> str:
    """Quote a field when it holds a tab, quote or line break, or starts with '#'; double inner quotes."""
    if value.startswith("#") or any(mark in value for mark in _NEEDS_QUOTES):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_row(note: AnkiNote) -> str:
    """Return one data line (with its line end) for a note."""
    fields = (CLOZE if note.cloze else BASIC, note.deck, note.guid, note.front, note.back, " ".join(note.tags))
    return "\t".join(map(csv_field, fields)) + "\n"


def anki_csv_text(notes: Iterable[AnkiNote]) -> str:
    """Return the whole CSV file as text: header lines, then one line per note."""
    return HEADER + "".join(csv_row(note) for note in notes)
