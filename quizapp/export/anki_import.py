"""Turn the notes of an Anki CSV export into quizapp questions (plain dicts, ready for YAML).

Basic notes become flashcards and Cloze notes cloze questions (one per cloze number). A note that
quizapp exported comes back exactly: type, choices, accepted answers, explanation, hint and source.
Anything that cannot be mapped is reported with its line, and nothing is returned.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.articles import slugify
from quizapp.export import html_fields
from quizapp.export.anki_csv_read import CsvFormatError, CsvNote, read_anki_csv
from quizapp.export.errors import AnkiImportError
from quizapp.export.guids import MAX_ID_LENGTH, hashed_id, question_id_for_guid
from quizapp.export.html_text import MediaError
from quizapp.export.note_reading import MappingError, NoteParts, read_back, read_cloze_text, read_front, split_cloze

# Note types that can be mapped, by lower-cased name, with their fields.
NOTE_TYPES = {
    "basic": ("Front", "Back"),
    "basic (and reversed card)": ("Front", "Back"),
    "basic (optional reversed card)": ("Front", "Back"),
    "basic (type in the answer)": ("Front", "Back"),
    "cloze": ("Text", "Back Extra"),
    "quizapp": ("Question", "Answer", "Explanation", "Source", "Hint"),
    "quizapp cloze": ("Question", "Explanation", "Source", "Hint"),
}
CLOZE_TYPES = ("cloze", "quizapp cloze")
FIELD_COUNTS = {name: len(fields) for name, fields in NOTE_TYPES.items()}


@dataclass(frozen=True)
class ImportProblem:
    """Something in the file that cannot become a question, with its line."""

    line: int
    message: str


def import_anki_csv(path: Path, deck_title: str) -> list[dict[str, Any]]:
    """Read an Anki CSV file into question dicts; raise AnkiImportError listing every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise AnkiImportError([f"{path}:1: the file is not UTF-8 text ({error.reason})"]) from None
    except OSError as error:
        raise AnkiImportError([f"{path}: cannot read the file ({error.strerror})"]) from None
    try:
        notes = read_anki_csv(text, FIELD_COUNTS)
    except CsvFormatError as error:
        raise AnkiImportError([f"{path}:{error.line}: {error}"]) from None
    if not notes:
        raise AnkiImportError([f"{path}:1: the file holds no notes"])
    questions: list[dict[str, Any]] = []
    problems: list[ImportProblem] = []
    first_line: dict[str, int] = {}
    for note in notes:
        try:
            found = questions_of(note, deck_title)
        except (MappingError, MediaError) as error:
            problems.append(ImportProblem(note.line, str(error)))
            continue
        for question in found:
            if question["id"] in first_line:
                problems.append(
                    ImportProblem(
                        note.line,
                        "this note repeats the note on line "
                        f"{first_line[question['id']]} (same GUID, or same text without one)",
                    )
                )
            else:
                first_line[question["id"]] = note.line
                questions.append(question)
    if problems:
        raise AnkiImportError([f"{path}:{p.line}: {p.message}" for p in problems])
    return questions


def questions_of(note: CsvNote, deck_title: str) -> list[dict[str, Any]]:
    """Map one note to its questions: one, or one per cloze number for a Cloze note with several."""
    kind = note_kind(note)
    fields = [value if note.is_html else html_fields.html_text(value) for value in note.fields]
    fields += [""] * (len(NOTE_TYPES[kind]) - len(fields))
    front, back = stock_fields(kind, fields)
    base_id = question_id_for_guid(note.guid) if note.guid else _id_from_text(deck_title, fields[0])
    if kind not in CLOZE_TYPES:
        parts = read_back(read_front(front), back, cloze=False)
        if kind == "basic (type in the answer)" and parts.type == "flashcard":
            parts.type = "short"
        return [_question(parts, base_id, note.tags)]
    parts = read_back(read_cloze_text(front), back, cloze=True)
    texts = split_cloze(parts.text)
    if len(texts) == 1:
        return [_question(parts, base_id, note.tags, text=texts[0][1])]
    # Anki asks each cloze number on a card of its own; so does quizapp, as sibling questions.
    return [_question(parts, f"{base_id}-c{number}", note.tags, text=text, fact=base_id) for number, text in texts]


def note_kind(note: CsvNote) -> str:
    """Return the NOTE_TYPES key of a note; a file naming no note type has Basic or Cloze notes."""
    name = note.notetype.casefold()
    if not name:
        first = note.fields[0] if note.fields else ""
        return "cloze" if "{{c" in first and "::" in first else "basic"
    if name not in NOTE_TYPES:
        raise MappingError(
            f"note type '{note.notetype}' cannot be mapped to a question "
            "(Basic, Cloze and quizapp's own note types can)"
        )
    return name


def stock_fields(kind: str, fields: list[str]) -> tuple[str, str]:
    """Return the note as the stock Front and Back (or Text and Back Extra) fields quizapp's CSV has."""
    if kind == "quizapp":
        question, answer, explanation, source, hint = fields[:5]
    elif kind == "quizapp cloze":
        (question, explanation, source, hint), answer = fields[:4], ""
    else:
        return fields[0], fields[1]
    return (question + html_fields.hint_details(hint), answer + html_fields.explanation_block(explanation) + source)


def _id_from_text(deck_title: str, first_field: str) -> str:
    """Make a stable id for a note without GUID: the deck's slug and a hash of its first field."""
    digest = hashlib.sha256(first_field.encode("utf-8")).hexdigest()[:12]
    return f"{slugify(deck_title)[:60].strip('-')}-{digest}"


def _question(parts: NoteParts, qid: str, tags: list[str], text: str = "", fact: str = "") -> dict[str, Any]:
    """Assemble a question dict without empty keys, in the order the YAML format lists them."""
    if len(qid) > MAX_ID_LENGTH:
        qid = hashed_id(qid)
    values = {
        "id": qid,
        "type": "cloze" if text else parts.type,
        "prompt": parts.prompt,
        "text": text,
        "answer": "" if text else parts.answer,
        "accept": parts.accept,
        "choices": parts.choices if parts.type == "choice" else [],
        "explanation": parts.explanation,
        "hint": parts.hint,
        "fact": fact,
        "source": parts.source,
        "tags": list(dict.fromkeys(tags)),
    }
    return {key: value for key, value in values.items() if value}
