"""Typed field readers: each takes a Located value and returns a clean value or records a problem."""

from __future__ import annotations

import datetime
from typing import Any

from quizapp.bank.problems import Problem, did_you_mean
from quizapp.bank.yamlnodes import Located, Pos

_KIND = {dict: "a mapping", list: "a list", str: "text", int: "a whole number", float: "a number",
         bool: "true/false", type(None): "nothing (null)", datetime.date: "a date",
         datetime.datetime: "a date and time"}


def kind_of(value: Any) -> str:
    """Describe a YAML value's type in the words a teacher knows."""
    return _KIND.get(type(value), type(value).__name__)


class FieldReader:
    """Collects problems for one file while reading its fields."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.ids: list[tuple[str, Pos]] = []  # every id read, sound question or not, for duplicate checks

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
                self.error(pos, f"unknown key '{key}' in {where}{did_you_mean(key, allowed)}")

    def text(self, mapping: Located, key: str, where: str, required: bool = False) -> str | None:
        """Read a non-empty text field; whole numbers are taken as their digits."""
        item = mapping.value.get(key)
        if item is None:
            if required:
                self.error(mapping.pos, f"{where} is missing required key '{key}'")
            return None
        value = item.value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            hint = ' (put the value in quotes to make it text)' if value is not None else ""
            self.error(item.pos, f"'{key}' must be text, not {kind_of(value)}{hint}")
            return None
        if not value.strip():
            self.error(item.pos, f"'{key}' is empty")
            return None
        return value.strip()

    def text_list(self, mapping: Located, key: str, min_items: int = 0) -> list[tuple[str, Pos]] | None:
        """Read a list of non-empty texts, keeping each item's position."""
        item = mapping.value.get(key)
        if item is None:
            return None
        if not isinstance(item.value, list):
            self.error(item.pos, f"'{key}' must be a list, not {kind_of(item.value)}")
            return None
        result: list[tuple[str, Pos]] = []
        for entry in item.value:
            value = entry.value
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str):
                self.error(entry.pos, f"each item of '{key}' must be text, not {kind_of(value)}")
            elif not value.strip():
                self.error(entry.pos, f"'{key}' has an empty item")
            else:
                result.append((value.strip(), entry.pos))
        if len(item.value) < min_items:
            self.error(item.pos, f"'{key}' needs at least {min_items} items, found {len(item.value)}")
        return result

    def mapping(self, parent: Located, key: str, where: str, required: bool = False) -> Located | None:
        """Read a nested mapping field."""
        item = parent.value.get(key)
        if item is None:
            if required:
                self.error(parent.pos, f"{where} is missing required key '{key}'")
            return None
        if not isinstance(item.value, dict):
            self.error(item.pos, f"'{key}' must be a mapping, not {kind_of(item.value)}")
            return None
        return item

    def positive_int(self, mapping: Located, key: str, where: str) -> int | None:
        """Read a required whole number of at least 1."""
        item = mapping.value.get(key)
        if item is None:
            self.error(mapping.pos, f"{where} is missing required key '{key}'")
            return None
        value = item.value
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(item.pos, f"'{key}' must be a whole number, not {kind_of(value)}")
            return None
        if value < 1:
            self.error(item.pos, f"'{key}' must be 1 or more (paragraphs are counted from 1)")
            return None
        return value
