"""Read YAML with the safe loader into plain values that remember their line and column.

PyYAML's `safe_load` forgets positions; composing the node graph keeps them, so every
problem the validator finds can be reported as `file:line:column`. Building the values here
(rather than in PyYAML's constructor) also lets us refuse tags, share aliased values instead of
copying them (an "alias bomb" stays small), and stop an alias that contains itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from quizapp.bank.yamlerrors import describe_syntax_error, position_of

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_MERGE_TAG = _STD + "merge"


@dataclass(frozen=True)
class Pos:
    """A 1-based line and column in a YAML file."""

    line: int
    column: int


@dataclass
class Located:
    """A YAML value with the position where it starts (and, for mappings, of each key).

    `raw` keeps a scalar's text as written, so `answer: 0123` can be read as the text "0123"
    although YAML itself reads it as the number 83.
    """

    value: Any
    pos: Pos
    key_pos: dict[str, Pos] | None = None
    raw: str | None = None


class YamlSyntaxError(ValueError):
    """A YAML file that cannot be read, with the position to blame."""

    def __init__(self, message: str, pos: Pos):
        super().__init__(message)
        self.message, self.pos = message, pos


class DuplicateKeyError(YamlSyntaxError):
    """A mapping that names the same key twice (PyYAML silently keeps the last)."""


# PyYAML's scanner slows down with the square of `[`/`{` nesting; no deck needs more than a few levels.
MAX_FLOW_DEPTH = 100
_BRACKET = re.compile(r"[\[\]{}]")


def load_located(text: str) -> Located | None:
    """Parse one YAML document into Located values; None for an empty file."""
    _check_flow_depth(text)
    try:
        node = _compose(text)
        return None if node is None else _Builder().build(node)
    except yaml.YAMLError as error:
        line, column = position_of(error, text)
        raise YamlSyntaxError(describe_syntax_error(error, text), Pos(line, column)) from None
    except RecursionError:
        raise YamlSyntaxError("YAML is nested too deeply to read", Pos(1, 1)) from None


def _compose(text: str) -> yaml.Node | None:
    """Compose with libyaml when present (ten times faster); on any error, again in pure Python,
    whose messages and marks the error descriptions are written for."""
    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is not None:
        try:
            return yaml.compose(text, Loader=fast_loader)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _check_flow_depth(text: str) -> None:
    """Refuse text whose brackets open more than MAX_FLOW_DEPTH levels deep (quotes are not looked into)."""
    depth = 0
    for bracket in _BRACKET.finditer(text):
        depth = depth + 1 if bracket.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_FLOW_DEPTH:
            at = bracket.start()
            raise YamlSyntaxError(
                f"YAML is nested too deeply (more than {MAX_FLOW_DEPTH} levels of '[' or '{{')",
                Pos(text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)),
            )


def _pos(node: yaml.Node) -> Pos:
    return Pos(node.start_mark.line + 1, node.start_mark.column + 1)


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


def _tag_error(node: yaml.Node) -> YamlSyntaxError:
    return YamlSyntaxError(
        f"YAML tag '{_shown_tag(node.tag)}' is not allowed; question files hold only text, numbers, lists and mappings",
        _pos(node),
    )


class _Builder:
    """Turns one composed node graph into Located values, each node built once."""

    def __init__(self) -> None:
        self.built: dict[int, Located] = {}
        self.building: set[int] = set()
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node) -> Located:
        """Return the Located value of a node; an alias gets the very same object, never a copy."""
        key = id(node)
        if key in self.built:
            return self.built[key]
        if key in self.building:
            raise YamlSyntaxError(
                "YAML alias refers to a value that contains it; an alias (*name) must "
                "point to an anchor (&name) defined outside it",
                _pos(node),
            )
        self.building.add(key)
        if isinstance(node, yaml.MappingNode):
            located = self._mapping(node)
        elif isinstance(node, yaml.SequenceNode):
            if node.tag != _STD + "seq":
                raise _tag_error(node)
            located = Located([self.build(item) for item in node.value], _pos(node))
        else:
            assert isinstance(node, yaml.ScalarNode)  # the one node kind left
            located = self._scalar(node)
        self.building.discard(key)
        self.built[key] = located
        return located

    def _mapping(self, node: yaml.MappingNode) -> Located:
        if node.tag != _STD + "map":
            raise _tag_error(node)
        values: dict[str, Located] = {}
        key_pos: dict[str, Pos] = {}
        merged: list[Located] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged += self._merge_sources(value_node)
                continue
            key = self._key(key_node)
            if key in values:
                raise DuplicateKeyError(
                    f"duplicate key '{key}' (first on line {key_pos[key].line}); a key may appear "
                    "only once in a mapping",
                    _pos(key_node),
                )
            values[key] = self.build(value_node)
            key_pos[key] = _pos(key_node)
        # Keys written in the mapping itself win over merged ones (YAML's `<<` rule).
        for source in merged:
            for key, value in source.value.items():
                if key not in values:
                    values[key], key_pos[key] = value, (source.key_pos or {})[key]
        return Located(values, _pos(node), key_pos)

    def _merge_sources(self, node: yaml.Node) -> list[Located]:
        """Return the mappings named by a `<<` merge key (one mapping or a list of them)."""
        sources = [self.build(n) for n in node.value] if isinstance(node, yaml.SequenceNode) else [self.build(node)]
        if not all(isinstance(s.value, dict) for s in sources):
            raise YamlSyntaxError("YAML merge key '<<' must name a mapping or a list of mappings", _pos(node))
        return sources

    def _key(self, node: yaml.Node) -> str:
        """Return a mapping key as written; keys must be plain scalars."""
        if not isinstance(node, yaml.ScalarNode):
            raise YamlSyntaxError("a key must be a plain word, not a list or mapping", _pos(node))
        if node.tag not in _SCALAR_TAGS:
            raise _tag_error(node)
        return str(node.value)

    def _scalar(self, node: yaml.ScalarNode) -> Located:
        if node.tag not in _SCALAR_TAGS:
            raise _tag_error(node)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError):
            # An explicit tag on a value that does not fit it, e.g. `!!int abc` or `!!bool maybe`.
            raise YamlSyntaxError(
                f"YAML value '{node.value}' cannot be read as {_shown_tag(node.tag)}", _pos(node)
            ) from None
        return Located(value, _pos(node), raw=node.value)
