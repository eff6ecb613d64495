"""Join codes: 8 characters a student can read off a board and type without mixing up 0/O, 1/l/I."""

from __future__ import annotations

import re
import secrets

# No 0, O, 1, I or L: the letters and digits people confuse when a code is read aloud or written by hand.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8  # 31**8, about 8.5e11 codes: guessing one of a school's few hundred is hopeless
_SEPARATORS = re.compile(r"[\s\-_.]+")


def random_code() -> str:
    """Return a fresh random join code (the caller makes sure no class has it yet)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def read_code(typed: str) -> str | None:
    """Return the join code a student typed, upper-cased and without spaces or dashes; None if it cannot be one."""
    code = _SEPARATORS.sub("", typed or "").upper()
    if len(code) != CODE_LENGTH or any(letter not in ALPHABET for letter in code):
        return None
    return code


def shown_code(code: str) -> str:
    """Return the code as a teacher shows it: two groups of four ("QATA R234"), easier to copy by eye."""
    return f"{code[:4]}-{code[4:]}"
