"""Read an Anki CSV/text export into raw notes, following the rules of Anki's own importer.

Header lines (`#separator:`, `#html:`, `#notetype:`, `#notetype column:`, `#deck column:`,
`#tags column:`, `#guid column:`, `#tags:`, `#columns:`) are optional; without them the separator
is guessed as Anki guesses it and HTML is detected from the fields. A data line starting with `#`
is a comment, as in Anki.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

SEPARATORS = {"tab": "\t", "pipe": "|", "semicolon": ";", "colon": ":", "comma": ",", "space": " "}
_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")


class CsvFormatError(ValueError):
    """A row the CSV reader cannot read; carries its first line."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass
class CsvLayout:
    """What the header lines say (1-based columns; 0 means none)."""

    separator: str | None = None
    is_html: bool | None = None
    notetype: str = ""
    notetype_column: int = 0
    deck_column: int = 0
    tags_column: int = 0
    guid_column: int = 0
    global_tags: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def meta_columns(self) -> set[int]:
        """Return the columns that hold note type, deck, tags or GUID rather than fields."""
        return {c for c in (self.notetype_column, self.deck_column, self.tags_column, self.guid_column) if c}


@dataclass
class CsvNote:
    """One data row: its first line in the file, note type name ('' when the file names none) and fields."""

    line: int
    notetype: str
    fields: list[str]
    tags: list[str]
    guid: str
    is_html: bool


def read_layout(lines: list[str]) -> tuple[CsvLayout, int]:
    """Parse the header lines; return the layout and how many lines they take."""
    layout = CsvLayout()
    count = 0
    if lines and lines[0].startswith("tags:"):  # an old form Anki still accepts on the first line
        layout.global_tags = lines[0][5:].split()
        count = 1
    while count < len(lines) and lines[count].startswith("#"):
        key, _, value = lines[count][1:].rstrip("\r\n").partition(":")
        _apply_header(layout, key.strip().lower(), value)
        count += 1
    return layout, count


def _apply_header(layout: CsvLayout, key: str, value: str) -> None:
    """Record one `#key:value` header line; unknown keys are ignored, as Anki does."""
    number = int(value.strip()) if value.strip().isdigit() else 0
    if key == "separator":
        lowered = value.strip().lower()
        layout.separator = SEPARATORS.get(lowered) or (value if value in SEPARATORS.values() else None)
    elif key == "html" and value.strip().lower() in ("true", "false"):
        layout.is_html = value.strip().lower() == "true"
    elif key == "tags":
        layout.global_tags = value.split()
    elif key == "notetype":
        layout.notetype = value.strip()
    elif key == "columns":
        layout.labels = [value]  # split once the separator is known
    elif key in ("notetype column", "deck column", "tags column", "guid column"):
        setattr(layout, key.replace(" ", "_"), number)


def guess_separator(data: str) -> str:
    """Pick the separator as Anki does: the first of tab, pipe, semicolon, colon, comma found, else space."""
    sample = data[:8192]
    return next((mark for mark in SEPARATORS.values() if mark in sample), " ")


class _RecordLines:
    """Feed lines to csv.reader, skipping comment lines where a record starts, and count lines."""

    def __init__(self, lines: list[str], first_number: int):
        self.lines, self.index, self.number = lines, 0, first_number - 1
        self.at_record_start, self.record_line = True, first_number

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            self.number += 1
            if self.at_record_start and line.startswith("#"):
                continue
            if self.at_record_start:
                self.record_line = self.number
            self.at_record_start = False
            return line
        raise StopIteration


def read_anki_csv(text: str, field_counts: dict[str, int]) -> list[CsvNote]:
    """Read the notes of an Anki CSV text; `field_counts` gives the fields of each known note type."""
    lines = io.StringIO(text.removeprefix("\ufeff"), newline="").readlines()
    layout, header_lines = read_layout(lines)
    data_lines = lines[header_lines:]
    separator = layout.separator or guess_separator("".join(data_lines))
    if layout.labels:
        layout.labels = next(csv.reader([layout.labels[0]], delimiter=separator), [])
    feed = _RecordLines(data_lines, header_lines + 1)
    rows: list[tuple[int, list[str]]] = []
    try:
        for record in csv.reader(feed, delimiter=separator, quotechar='"', doublequote=True, strict=False):
            feed.at_record_start = True
            if any(value.strip() for value in record):
                rows.append((feed.record_line, record))
    except csv.Error as error:  # e.g. a field longer than the csv module's limit
        raise CsvFormatError(feed.record_line, f"cannot read this row: {error}") from None
    is_html = layout.is_html
    if is_html is None:
        is_html = any(_LOOKS_LIKE_HTML.search(value) for _, row in rows for value in row)
    width = len(layout.labels) or (len(rows[0][1]) if rows else 0)
    return [_note(layout, line, row, width, is_html, field_counts) for line, row in rows]


def _note(
    layout: CsvLayout, line: int, row: list[str], width: int, is_html: bool, field_counts: dict[str, int]
) -> CsvNote:
    """Split one row into note type, fields, tags and GUID by the layout's columns."""

    def column(number: int) -> str:
        return row[number - 1] if 0 < number <= len(row) else ""

    notetype = column(layout.notetype_column).strip() if layout.notetype_column else layout.notetype
    meta = layout.meta_columns()
    free = [c for c in range(1, max(width, 1) + 1) if c not in meta]
    fields = [column(c) for c in free]
    tags_column = layout.tags_column
    if not tags_column and not layout.notetype_column:
        # Anki's rule: a column after the note type's fields holds the tags.
        count = field_counts.get(notetype.casefold(), 2)
        if len(free) > count:
            tags_column = free[count]
            fields = fields[:count]
    tags = [*layout.global_tags, *column(tags_column).split()] if tags_column else list(layout.global_tags)
    return CsvNote(
        line=line, notetype=notetype, fields=fields, tags=tags, guid=column(layout.guid_column).strip(), is_html=is_html
    )
