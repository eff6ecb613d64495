"""Write imported questions as a question YAML deck in the hand-written style: key order kept, text
that spans lines as a `|` block, short lists on one line, quotes only where YAML needs them.
"""

from __future__ import annotations

from typing import Any

import yaml


class _DeckDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]  # libyaml's, many times faster, if built
    """A safe dumper that writes text spanning lines as literal blocks."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    # Short lists of one-line texts (tags, choices) read best on one line: [a, b, c].
    flow = all(isinstance(v, str) and "\n" not in v for v in value) and sum(len(v) + 2 for v in value) < 80
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_DeckDumper.add_representer(str, _text)
_DeckDumper.add_representer(list, _list)


def deck_yaml(title: str, questions: list[dict[str, Any]], origin: str) -> str:
    """Return the YAML text of a deck titled `title`, with a comment naming where it came from."""
    document = {"deck": title, "questions": questions}
    body = yaml.dump(
        document,
        Dumper=_DeckDumper,
        sort_keys=False,
        allow_unicode=True,
        width=4096,
        default_flow_style=False,
        indent=2,
    )
    return f"# Imported from {origin} by 'quizapp import anki'.\n" + body
