"""Usernames: the key that tells two spellings of one name apart from two names, and look-alike checks."""

from __future__ import annotations

import unicodedata

from confusable_homoglyphs import confusables


def display_username(typed: str) -> str:
    """Return the username as stored and shown: trimmed and in Unicode NFKC form."""
    return unicodedata.normalize("NFKC", typed.strip())


def username_key(typed: str) -> str:
    """Return the key that must be unique: NFKC, then casefold, then NFKC again ("ÄNNE" and "änne" are one)."""
    # Casefolding can leave text that is no longer NFKC ("ǰ" and friends), hence the second pass.
    return unicodedata.normalize("NFKC", display_username(typed).casefold())


def lookalike_problem(typed: str) -> str | None:
    """Return why a username is refused for mixing scripts (Cyrillic "а" among Latin letters), else None."""
    if confusables.is_mixed_script(display_username(typed)):
        return "Use letters of one alphabet only; names that mix alphabets can pass for someone else's."
    return None
