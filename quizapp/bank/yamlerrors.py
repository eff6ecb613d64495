"""Explain PyYAML's syntax errors in words a teacher can act on, at the position that helps most.

PyYAML reports what its parser expected ("expected <block end>, but found '<scalar>'"); this
module turns the common cases (bad indentation, tabs, an unclosed quote, ': ' inside a value, a
value starting with '{') into one plain sentence, and keeps PyYAML's own words for the rest.
"""

from __future__ import annotations

import re

import yaml

PREFIX = "YAML syntax error: "
# (words in PyYAML's message, the character a value started with or None to read it from the message, why)
_SPECIAL_STARTS = (
    ("an alias", "*", " ('*' starts a YAML alias)"),
    ("an anchor", "&", " ('&' starts a YAML anchor)"),
    ("block scalar", "|' or '>", " (they start a block of text on the lines below)"),
    ("directive", "%", " ('%' starts a YAML directive)"),
    ("a tag", "!", " ('!' starts a YAML tag)"),
    ("cannot start any token", None, ""),
    ("expected the node content", None, ""),
)
# `key: {...` or `- key: [...` — a value that YAML reads as a mapping or list because of its first character.
_FLOW_START = re.compile(r"^\s*(?:-\s+)?[^\s:#][^:#]*:\s+[\[{]")


def position_of(error: yaml.YAMLError, text: str) -> tuple[int, int]:
    """Return the 1-based (line, column) that the explanation of `error` refers to."""
    if isinstance(error, yaml.reader.ReaderError):
        before = text[: error.position]
        return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
    if not isinstance(error, yaml.MarkedYAMLError):
        return 1, 1
    mark = error.problem_mark or error.context_mark
    context, problem = error.context or "", error.problem or ""
    opens_at_context = ("quoted scalar" in context and "end of stream" in problem) or any(
        word in context
        for word in ("flow", "simple key", "an alias", "an anchor", "block scalar", "directive", "a tag")
    )
    if opens_at_context and error.context_mark is not None:
        mark = error.context_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def describe_syntax_error(error: yaml.YAMLError, text: str) -> str:
    """Return one sentence saying what is wrong and how to fix it."""
    if isinstance(error, yaml.reader.ReaderError):
        return f"{PREFIX}the file holds a control character (#x{error.character:04x}) that YAML does not allow"
    if not isinstance(error, yaml.MarkedYAMLError):
        return PREFIX + str(error).splitlines()[0]
    context, problem = error.context or "", error.problem or ""
    return PREFIX + (
        _plain_words(error, context, problem, text) or ", ".join(part for part in (context, problem) if part)
    )


def _plain_words(error: yaml.MarkedYAMLError, context: str, problem: str, text: str) -> str | None:
    """Explain a known kind of error, or return None to keep PyYAML's words."""
    if "'\\t'" in problem or "tab character" in problem:
        return "a tab character; indent with spaces, never tabs"
    if "quoted scalar" in context and "end of stream" in problem:
        return "this quote is never closed; end the value with the same quote mark"
    if "unknown escape character" in problem:
        escaped = problem.rsplit(" ", 1)[-1].strip("'")
        return f"unknown escape '\\{escaped}' in \"double quotes\"; write a backslash as \\\\ or use 'single quotes'"
    if "undefined alias" in problem:
        name = problem.rsplit(" ", 1)[-1].strip("'")
        return f"alias '*{name}' has no anchor '&{name}' before it"
    for words, char, meaning in _SPECIAL_STARTS:
        if words in context or words in problem:
            char = char or _found(problem)
            if char is None:
                return "a value is missing here, or starts with a character YAML reserves; put the value in quotes"
            return f"a value that starts with '{char}' must be put in quotes{meaning}"
    if "duplicate anchor" in context:
        return f"anchor {context.split(' ')[3].rstrip(';')} is defined twice (first on line {error.context_mark.line + 1 if error.context_mark else '?'})"
    if "single document" in context:
        return "a second document starts here ('---'); a file holds exactly one deck"
    if "mapping values are not allowed" in problem:
        return "unexpected ':'; put a value that holds ': ' in quotes, or check this line's indentation"
    if "sequence entries are not allowed" in problem:
        return "a '- ' list item is not allowed here; put it on its own line below its key, or quote the value"
    if "expected '<document start>'" in problem:
        return "this line does not fit the lines above it; look just above for a missing ':' or a wrong indentation"
    if "simple key" in context and "expected ':'" in problem:
        return "this line needs a ':' after its key (key: value)"
    if "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        return (
            f"the '{bracket}' opened here is not closed, or its items lack a ',' between them; "
            f"put text that starts with '{bracket}' in quotes"
        )
    if "expected <block end>" in problem or "did not find expected" in problem:
        return _block_structure(error, text)
    return None


def _found(problem: str) -> str | None:
    """Return the character PyYAML says it found ("... but found '}'"), None for a token like '<block end>'."""
    quoted = re.findall(r"'([^']+)'", problem.rsplit("found", 1)[-1])
    return quoted[-1] if quoted and not quoted[-1].startswith("<") else None


def _block_structure(error: yaml.MarkedYAMLError, text: str) -> str:
    """Explain a line that does not fit the block structure: a '{' value, an open quote, or indentation."""
    lines = text.splitlines()
    problem_line = error.problem_mark.line if error.problem_mark else 0
    if problem_line < len(lines) and _FLOW_START.match(lines[problem_line]):
        return (
            "a value that starts with '{' or '[' is read as a mapping or list; put the whole value in quotes, "
            'e.g. text: "{{2013}} was the year"'
        )
    start = error.context_mark.line if error.context_mark else 0
    for number in range(start, min(problem_line, len(lines))):
        if lines[number].replace('\\"', "").count('"') % 2:
            return f"the quote opened on line {number + 1} is not closed before this line"
    return "this line's indentation does not match the lines above it"
