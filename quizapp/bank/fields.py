"""Typed field readers: each takes a Located value and returns a clean value or records a problem."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from quizapp.bank.problems import Problem, closest
from quizapp.bank.yamlnodes import Located, Pos

_KIND = {
    dict: "a mapping",
    list: "a list",
    str: "text",
    int: "a whole number",
    float: "a decimal number",
    bool: "true/false",
    type(None): "nothing (null)",
    datetime.date: "a date",
    datetime.datetime: "a date and time",
}
# Values YAML reads as numbers or dates are taken as the text written (`answer: 0123` is "0123").
_TEXT_AS_WRITTEN = (int, float, datetime.date)


def kind_of(value: Any) -> str:
    """Describe a YAML value's type in the words a teacher knows."""
    return _KIND.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class FoundPlace:
    """A source that left out its section or paragraph, and where the quote was found: what --fix writes in."""

    source: Located
    section: str | None  # the section to write, None when the file names it already
    paragraph: int | None


class FieldReader:
    """Collects problems for one file while reading its fields."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.ids: list[tuple[str, Pos]] = []  # every id read, sound question or not, for duplicate checks
        # (mapping, key) pairs already named by an "unknown key ... did you mean" problem: a misspelt key is
        # reported once, not again as missing.
        self.misspelt: set[tuple[int, str]] = set()
        self.lines: list[str] = []  # the file's text, for positions inside a value (a cloze gap's column)
        self.found_places: list[FoundPlace] = []  # sources whose section or paragraph the validator found

    def error(self, pos: Pos, message: str) -> None:
        """Record a problem at a position."""
        self.problems.append(Problem(self.path, pos.line, pos.column, message))

    def fail(self, line: int, column: int, message: str) -> None:
        """Record a problem that makes the whole file unusable; returns None for the caller to pass on."""
        self.problems.append(Problem(self.path, line, column, message))

    def check_keys(self, mapping: Located, allowed: tuple[str, ...], where: str) -> None:
        """Report every key of `mapping` that is not in `allowed`, suggesting the closest one."""
        for key, pos in (mapping.key_pos or {}).items():
            if key not in allowed:
                meant = closest(key, allowed)
                self.error(pos, f"unknown key '{key}' in {where}" + (f" (did you mean '{meant}'?)" if meant else ""))
                if meant is not None:
                    self.misspelt.add((id(mapping), meant))

    def require(self, mapping: Located, key: str, where: str, message: str = "") -> bool:
        """Report a missing key at the mapping's start (unless it was misspelt); return whether it is there."""
        if key in mapping.value:
            return True
        if (id(mapping), key) not in self.misspelt:
            self.error(mapping.pos, message or f"{where} is missing required key '{key}'")
        return False

    def text(self, mapping: Located, key: str, where: str, required: bool = False) -> str | None:
        """Read a non-empty text field (numbers and dates are taken as written)."""
        if key not in mapping.value:
            if required:
                self.require(mapping, key, where)
            return None
        return self._as_text(mapping.value[key], f"'{key}'")

    def as_text(self, item: Located, name: str) -> str | None:
        """Return an item's text, or record why it is not usable text (`name` says which value it is)."""
        return self._as_text(item, name)

    def _as_text(self, item: Located, name: str) -> str | None:
        """Return an item's text, or record why it is not usable text."""
        value = item.value
        if isinstance(value, _TEXT_AS_WRITTEN) and not isinstance(value, bool):
            value = item.raw
        if value is None or (isinstance(value, str) and not value.strip()):
            self.error(item.pos, f"{name} is empty")
            return None
        if isinstance(value, bool):
            self.error(
                item.pos,
                f"{name} must be text, not true/false (YAML reads an unquoted yes, no, on, off, "
                f'true or false as true/false); put it in quotes: "{item.raw}"',
            )
            return None
        if not isinstance(value, str):
            self.error(item.pos, f"{name} must be text, not {kind_of(value)}")
            return None
        return value.strip()

    def text_list(self, mapping: Located, key: str, min_items: int = 0) -> list[tuple[str, Pos]] | None:
        """Read a list of non-empty texts, keeping each item's position."""
        item = mapping.value.get(key)
        if item is None:
            return None
        if not isinstance(item.value, list):
            example = f"; write it as [{item.raw}]" if item.raw and not isinstance(item.value, bool) else ""
            self.error(item.pos, f"'{key}' must be a list, not {kind_of(item.value)}{example}")
            return None
        result: list[tuple[str, Pos]] = []
        for number, entry in enumerate(item.value, start=1):
            text = self._as_text(entry, f"item {number} of '{key}'")
            if text is not None:
                result.append((text, entry.pos))
        if len(item.value) < min_items:
            self.error(item.pos, f"'{key}' needs at least {min_items} items, found {len(item.value)}")
        return result

    def mapping(self, parent: Located, key: str, where: str, required: bool = False) -> Located | None:
        """Read a nested mapping field."""
        item = parent.value.get(key)
        if item is None:
            if required:
                self.require(parent, key, where)
            return None
        if not isinstance(item.value, dict):
            self.error(
                item.pos, f"'{key}' must be a mapping (keys on their own indented lines), not {kind_of(item.value)}"
            )
            return None
        return item  # type: ignore[no-any-return]  # Located's value is Any: a mapping's item is a Located

    def positive_int(self, mapping: Located, key: str, where: str, required: bool = True) -> int | None:
        """Read a whole number of at least 1 (None when it is optional and absent)."""
        if key not in mapping.value and not required:
            return None
        if not self.require(mapping, key, where):
            return None
        item = mapping.value[key]
        value = item.value
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(item.pos, f"'{key}' must be a whole number such as 2, not {kind_of(value)}")
            return None
        if value < 1:
            self.error(item.pos, f"'{key}' must be 1 or more (paragraphs are counted from 1)")
            return None
        return value
