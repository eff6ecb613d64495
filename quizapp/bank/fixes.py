"""Write into a question file the section and paragraph the validator found for its quotes (`validate --fix`).

The file is edited line by line, never dumped again from YAML, so its comments, quotes and layout stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from quizapp.bank.fields import FoundPlace


def fixed_text(text: str, places: list[FoundPlace]) -> tuple[str, int]:
    """Return the text with each found section and paragraph written above its `quote:` line, and how many."""
    lines = text.splitlines(keepends=True)
    ending = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    edits = sorted((_insertion(lines, place, ending) for place in places), key=lambda edit: -edit[0])
    written = 0
    for at, new_lines in edits:
        if new_lines:  # bottom up, so the line numbers of the edits above stay true
            lines[at:at] = new_lines
            written += 1
    return "".join(lines), written


def fix_file(path: Path, places: list[FoundPlace]) -> int:
    """Edit the file in place; return how many sources were completed."""
    text = path.read_bytes().decode("utf-8")
    new_text, written = fixed_text(text, places)
    if written:
        path.write_bytes(new_text.encode("utf-8"))
    return written


def _insertion(lines: list[str], place: FoundPlace, ending: str) -> tuple[int, list[str]]:
    """Return (index of the `quote:` line, the lines to put above it); no lines for a source on one line."""
    quote = (place.source.key_pos or {})["quote"]
    line = lines[quote.line - 1] if quote.line <= len(lines) else ""
    indent = line[: quote.column - 1]
    if indent.strip():  # `source: {article: ..., quote: ...}`: a flow mapping is left for the teacher
        return quote.line - 1, []
    new_lines = []
    if place.section is not None:
        new_lines.append(f"{indent}section: {yaml_scalar(place.section)}{ending}")
    if place.paragraph is not None:
        new_lines.append(f"{indent}paragraph: {place.paragraph}{ending}")
    return quote.line - 1, new_lines


def yaml_scalar(text: str) -> str:
    """Write text as a YAML value: plain when YAML reads it back unchanged, else in double quotes."""
    try:
        if yaml.safe_load(f"key: {text}") == {"key": text}:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a double-quoted YAML scalar
