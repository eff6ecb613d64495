"""Where a teacher may write: a .yaml file inside questions/, reached by no '..', absolute path or symlink."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from quizapp.bank.loader import YAML_SUFFIXES

MAX_FILE_BYTES = 1024 * 1024  # 1 MB: the biggest generated deck is under 100 KB
_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
_EXAMPLE = "e.g. history/kuwait.yaml"


class AuthoringError(ValueError):
    """A file name or file content a teacher cannot use, with the sentence that says why."""


def bank_file(questions_dir: Path, relative: str) -> Path:
    """Return the file `relative` names inside `questions_dir`, or raise AuthoringError saying why not."""
    name = relative.strip().replace("\\", "/")
    if not name:
        raise AuthoringError(f"Give the file a name ending in .yaml, {_EXAMPLE}.")
    if len(name) > 200:
        raise AuthoringError("The file name is too long (at most 200 characters).")
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        raise AuthoringError(f"Give a name inside the questions folder, not an absolute path ({_EXAMPLE}).")
    if path.suffix not in YAML_SUFFIXES:
        raise AuthoringError(f"The file name must end in .yaml ({_EXAMPLE}).")
    if any(not _PART.match(part) for part in path.parts):
        raise AuthoringError(
            "Each part of the file name may hold only letters, digits, '.', '-' and '_', and "
            f"must start with a letter or digit; '..' is not allowed ({_EXAMPLE})."
        )
    base = questions_dir.resolve()
    target = base.joinpath(*path.parts)
    step = base
    for part in path.parts:  # a symlink anywhere below questions/ could point outside it
        step = step / part
        if step.is_symlink():
            raise AuthoringError(f"'{name}' is a link to somewhere else; links are not written through.")
    if not target.resolve().is_relative_to(base):
        raise AuthoringError("The file must stay inside the questions folder.")
    return target


def decode_upload(data: bytes) -> str:
    """Return a file's bytes as text, or raise AuthoringError for a file over 1 MB or one that is not UTF-8."""
    if len(data) > MAX_FILE_BYTES:
        raise AuthoringError(
            f"The file is {len(data) / (1024 * 1024):.1f} MB; a question file may be at most 1 MB. "
            "Split it into several decks."
        )
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise AuthoringError(
            f"The file is not UTF-8 text (byte {data[error.start]:#04x} on line {line}). "
            "Save it as UTF-8 in your editor and upload it again."
        ) from None


def relative_name(questions_dir: Path, file: Path) -> str:
    """Return a bank file's name as the pages show it: its path under questions/."""
    return file.relative_to(questions_dir).as_posix()
