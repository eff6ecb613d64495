"""Write notes as the CSV that Anki's own importer (2.1.55 and later) reads with no questions asked.

The file starts with header lines that tell Anki everything: tab separator, HTML fields, and which
columns hold the note type, deck, GUID and tags. Only the stock note types `Basic` (Front, Back)
and `Cloze` (Text, Back Extra) are used, since a CSV file cannot bring a note type of its own.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from quizapp.export.notes import AnkiNote

BASIC, CLOZE = "Basic", "Cloze"
# The note type comes first: it never starts with '#', which Anki would take for a comment line.
HEADER = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#guid column:3\n#tags column:6\n"


def csv_row(note: AnkiNote) -> list[str]:
    """Return the fields of one data line for a note: note type, deck, GUID, front, back, tags."""
    return [CLOZE if note.cloze else BASIC, note.deck, note.guid, note.front, note.back, " ".join(note.tags)]


def anki_csv_text(notes: Iterable[AnkiNote]) -> str:
    """Return the whole CSV file as text: header lines, then one line per note, every field quoted."""
    out = io.StringIO()
    out.write(HEADER)
    # Every field quoted (inner quotes doubled): the csv module's minimal quoting leaves a bare carriage return
    # unquoted when lines end in "\n", and Anki would end the row there; and no data line starts with '#'.
    csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(map(csv_row, notes))
    return out.getvalue()
