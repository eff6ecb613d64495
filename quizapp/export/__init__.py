"""Anki export (CSV for Anki's own importer, and .apkg) and Anki CSV import, free of Flask and the database.

Export: decks (selection.py) -> notes.py + html_fields.py (HTML fields, GUIDs from guids.py, deck names,
tags) -> anki_csv.py or apkg.py. Import: anki_csv_read.py (the file) -> anki_import.py + note_reading.py +
html_text.py (notes -> questions) -> deck_yaml.py. files.py runs both for the CLI.
"""

from quizapp.export.anki_import import import_anki_csv
from quizapp.export.deck_yaml import deck_yaml
from quizapp.export.errors import AnkiImportError, ExportError
from quizapp.export.files import default_import_path, export_bank, import_to_yaml
from quizapp.export.notes import AnkiNote, library_titles, notes_for_decks
from quizapp.export.selection import FORMATS, MEDIA_TYPES, export_decks, find_deck, format_for, select_decks

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "AnkiImportError",
    "AnkiNote",
    "ExportError",
    "deck_yaml",
    "default_import_path",
    "export_bank",
    "export_decks",
    "find_deck",
    "format_for",
    "import_anki_csv",
    "import_to_yaml",
    "library_titles",
    "notes_for_decks",
    "select_decks",
]
