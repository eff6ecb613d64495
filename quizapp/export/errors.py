"""The errors of exporting and importing, each carrying a message meant for the person who asked."""

from __future__ import annotations


class ExportError(ValueError):
    """A request that cannot be carried out (unknown deck, no deck chosen, bad format, unwritable file)."""


class AnkiImportError(ExportError):
    """An Anki file that cannot become a deck; carries every problem, each as `path:line: message`."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines
