"""Stable Anki identifiers: note GUIDs from question ids and back, note type and deck ids from names.

Anki finds the note to update on re-import by its GUID, so a question's GUID must depend on its id
alone. The GUID `quizapp:<id>` can be read back on import, so an export imported into quizapp
and exported again keeps its GUIDs. A note that came from someone else's Anki deck keeps its
original GUID inside its question id (`anki-<base32 of the GUID>`), so exporting it again
updates that person's notes instead of adding copies.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from quizapp.bank.model import QUESTION_ID

GUID_PREFIX = "quizapp:"
IMPORTED_PREFIX = "anki-"
HASHED_PREFIX = "ankih-"  # for a foreign GUID too long to keep whole in an id
MAX_ID_LENGTH = 120  # as QUESTION_ID allows


def note_guid(question_id: str) -> str:
    """Return the Anki note GUID of a question: its original Anki GUID when it was imported, else quizapp:<id>."""
    original = _decode_imported(question_id)
    return original if original is not None else GUID_PREFIX + question_id


def question_id_for_guid(guid: str) -> str:
    """Return the question id that stands for an Anki note GUID (the inverse of note_guid)."""
    if guid.startswith(GUID_PREFIX) and QUESTION_ID.match(guid[len(GUID_PREFIX) :]):
        return guid[len(GUID_PREFIX) :]
    encoded = base64.b32encode(guid.encode("utf-8")).decode("ascii").rstrip("=").lower()
    if len(IMPORTED_PREFIX) + len(encoded) <= MAX_ID_LENGTH and _decode_imported(IMPORTED_PREFIX + encoded) == guid:
        return IMPORTED_PREFIX + encoded
    return hashed_id(guid)


def hashed_id(text: str) -> str:
    """Return a short valid question id that stands for a text too long to keep whole."""
    return HASHED_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _decode_imported(question_id: str) -> str | None:
    """Return the Anki GUID kept in an `anki-<base32>` id, or None for any other id."""
    if not question_id.startswith(IMPORTED_PREFIX):
        return None
    encoded = question_id[len(IMPORTED_PREFIX) :]
    try:
        guid = base64.b32decode(encoded.upper() + "=" * (-len(encoded) % 8)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    # Only a canonical encoding of a printable GUID counts; a hand-written id like "anki-cards" does not.
    canonical = base64.b32encode(guid.encode("utf-8")).decode("ascii").rstrip("=").lower()
    if canonical != encoded or not guid.strip() or not guid.isprintable():
        return None
    return guid


def stable_id(*names: str) -> int:
    """Return a fixed id in [2**30, 2**31) derived from names, as genanki wants for note types and decks."""
    digest = hashlib.sha256("\x1f".join(names).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)
