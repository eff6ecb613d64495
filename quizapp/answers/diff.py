"""Where a typed answer differs from the right one, character by character, as Anki's type-in answer shows.

The comparison ignores case (difflib's SequenceMatcher on the lower-cased texts), and gives back the
pieces of each text with a flag for the ones that differ: the typed answer's wrong or extra letters,
the right answer's letters that were missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Piece:
    """A run of characters of one side, and whether it differs from the other side."""

    text: str
    differs: bool


def answer_diff(typed: str, expected: str) -> tuple[list[Piece], list[Piece]]:
    """Return the typed and the expected answer as pieces, the differing runs flagged."""
    matcher = SequenceMatcher(None, typed.lower(), expected.lower(), autojunk=False)
    typed_pieces, expected_pieces = [], []
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if a_end > a_start:
            typed_pieces.append(Piece(typed[a_start:a_end], tag != "equal"))
        if b_end > b_start:
            expected_pieces.append(Piece(expected[b_start:b_end], tag != "equal"))
    return _merged(typed_pieces), _merged(expected_pieces)


def _merged(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].differs == piece.differs:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.differs)
        else:
            merged.append(piece)
    return merged
