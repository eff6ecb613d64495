"""Teachers overrule the generator without editing its files: questions/overrides.yaml switches questions off
(`disabled:`) or replaces them with a teacher's own (`replaced:` generated id -> teacher id).

`quizapp generate` writes only its own deck files, so these decisions outlive every regeneration. Load and
sync leave the switched-off and replaced questions out (sync retires them, keeping their progress); a
replacement without a `fact` takes the replaced question's, so the two are never asked on one day.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.bank.fields import FieldReader, kind_of
from quizapp.bank.model import Deck, Question
from quizapp.bank.problems import Problem, closest
from quizapp.bank.yamlnodes import Pos, YamlSyntaxError, load_located

OVERRIDES_FILE = "overrides.yaml"
_KEYS = ("disabled", "replaced")


@dataclass
class Overrides:
    """The decisions read from an overrides file, each with its position, and the problems found reading it."""

    path: str
    disabled: dict[str, Pos] = field(default_factory=dict)
    replaced: dict[str, tuple[str, Pos]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def named(self) -> set[str]:
        """Return every id the file names: switched off, replaced, and replacements."""
        return self.hidden() | {target for target, _ in self.replaced.values()}

    def hidden(self) -> set[str]:
        """Return the ids that are not asked: switched off or replaced."""
        return set(self.disabled) | set(self.replaced)


def read_overrides(file: Path, shown: str) -> Overrides | None:
    """Read an overrides file; None when there is none."""
    if not file.is_file():
        return None
    overrides = Overrides(shown)
    reader = FieldReader(shown)
    try:
        root = load_located(file.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        reader.fail(1, 1, "file is not UTF-8 text; save it as UTF-8 in your editor")
        root = None
    except YamlSyntaxError as error:
        reader.fail(error.pos.line, error.pos.column, error.message)
        root = None
    if root is not None and not isinstance(root.value, dict):
        reader.error(
            root.pos, f"expected a mapping with 'disabled' and/or 'replaced' at the top, found {kind_of(root.value)}"
        )
    elif root is not None:
        reader.check_keys(root, _KEYS, "the overrides file")
        for qid, pos in reader.text_list(root, "disabled") or []:
            overrides.disabled[qid] = pos
        replaced = reader.mapping(root, "replaced", "the overrides file")
        for qid, target in replaced.value.items() if replaced else []:
            text = reader.as_text(target, f"the replacement of '{qid}'")
            if text is not None and replaced is not None:  # replaced is set: the loop runs over its items
                overrides.replaced[qid] = (text, (replaced.key_pos or {})[qid])
    overrides.problems = list(reader.problems)
    return overrides


def apply_overrides(overrides: Overrides, decks: list[Deck], known_ids: Iterable[str]) -> None:
    """Leave the hidden questions out of the decks, and report decisions that name no question of the bank."""
    known = set(known_ids)
    facts = {q.id: q.fact for deck in decks for q in deck.questions}
    for qid, pos in overrides.disabled.items():
        if qid not in known:
            overrides.problems.append(_unknown(overrides.path, pos, qid, known, "switched off"))
    replacement_facts: dict[str, str] = {}
    for qid, (target, pos) in overrides.replaced.items():
        if qid not in known:
            overrides.problems.append(_unknown(overrides.path, pos, qid, known, "replaced"))
        elif target not in known:
            overrides.problems.append(_unknown(overrides.path, pos, target, known, "named as a replacement"))
        elif target in overrides.hidden():
            overrides.problems.append(
                Problem(
                    overrides.path,
                    pos.line,
                    pos.column,
                    f"the replacement '{target}' is itself switched off or replaced",
                )
            )
        elif facts.get(qid):
            replacement_facts[target] = facts[qid]
    hidden = overrides.hidden()
    for deck in decks:
        deck.questions = [_with_fact(q, replacement_facts.get(q.id)) for q in deck.questions if q.id not in hidden]


def _with_fact(question: Question, fact: str | None) -> Question:
    return dataclasses.replace(question, fact=fact) if fact and not question.fact else question


def _unknown(path: str, pos: Pos, qid: str, known: set[str], what: str) -> Problem:
    meant = closest(qid, sorted(known))
    hint = f" (did you mean '{meant}'?)" if meant else ""
    return Problem(path, pos.line, pos.column, f"'{qid}' is {what} here but is no question of the bank{hint}")
