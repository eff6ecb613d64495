"""Read YAML with the safe loader into plain values that remember their line and column.

PyYAML's `safe_load` forgets positions; composing the node graph keeps them, so every
problem the validator finds can be reported as `file:line:column`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class Pos:
    """A 1-based line and column in a YAML file."""

    line: int
    column: int


@dataclass
class Located:
    """A YAML value with the position where it starts (and, for mappings, of each key)."""

    value: Any
    pos: Pos
    key_pos: dict[str, Pos] | None = None

    def plain(self) -> Any:
        """Return the value with every position stripped, as safe_load would give it."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value


class YamlSyntaxError(ValueError):
    """A YAML file that cannot be parsed, with the position PyYAML blamed."""

    def __init__(self, message: str, pos: Pos):
        super().__init__(message)
        self.message, self.pos = message, pos


class DuplicateKeyError(YamlSyntaxError):
    """A mapping that names the same key twice (PyYAML silently keeps the last)."""


def load_located(text: str) -> Located | None:
    """Parse one YAML document into Located values; None for an empty file."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        pos = Pos(mark.line + 1, mark.column + 1) if mark else Pos(1, 1)
        raise YamlSyntaxError(_describe(error), pos) from None
    except yaml.YAMLError as error:  # reader errors such as a forbidden control character
        raise YamlSyntaxError(str(error).splitlines()[0], Pos(1, 1)) from None
    if node is None:
        return None
    return _convert(node, yaml.SafeLoader(""))


def _describe(error: yaml.MarkedYAMLError) -> str:
    """Turn PyYAML's multi-line message into one sentence."""
    parts = [p for p in (error.context, error.problem) if p]
    return "YAML syntax error: " + ", ".join(parts) if parts else "YAML syntax error"


def _pos(node: yaml.Node) -> Pos:
    return Pos(node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: yaml.Node, constructor: yaml.SafeLoader) -> Located:
    """Build Located values from a composed node, resolving scalars as the safe loader does."""
    if isinstance(node, yaml.MappingNode):
        constructor.flatten_mapping(node)
        values: dict[str, Located] = {}
        key_pos: dict[str, Pos] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            key = key if isinstance(key, str) else str(key)
            if key in values:
                raise DuplicateKeyError(
                    f"duplicate key '{key}' (first at line {key_pos[key].line})", _pos(key_node)
                )
            values[key] = _convert(value_node, constructor)
            key_pos[key] = _pos(key_node)
        return Located(values, _pos(node), key_pos)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(item, constructor) for item in node.value], _pos(node))
    try:
        value = constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as error:
        raise YamlSyntaxError(_describe(error), _pos(node)) from None
    return Located(value, _pos(node))
