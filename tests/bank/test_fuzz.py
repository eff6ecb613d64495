"""Mutated versions of valid deck files give problems, never an exception (a deterministic fuzz)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quizapp.bank import Problem, load_bank
from tests.conftest import DATA, ROOT

VARIANTS_PER_FILE = 250
# Characters that mean something to YAML, cloze gaps or Unicode handling, plus a few that are not allowed.
SPECIALS = [*list(":-[]{}\"'&*!|>#%@`,?\\ \t\n"), "{{", "}}", "::", "é", "–", "’", "€", "ف", "\x00", "\x85", "\ufeff"]


def _mutate(lines: list[str], rng: random.Random) -> list[str]:
    """Apply one random edit: delete, duplicate, swap or re-indent a line, or change, insert or cut characters."""
    lines = list(lines)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    kind = rng.randrange(7)
    if kind == 0 and len(lines) > 1:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3:
        lines[i] = " " * rng.randrange(8) + lines[i].lstrip()
    elif kind == 4 and lines[i]:
        at = rng.randrange(len(lines[i]))
        lines[i] = lines[i][:at] + rng.choice(SPECIALS) + lines[i][at + 1 :]
    elif kind == 5:
        at = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:at] + rng.choice(SPECIALS) + lines[i][at:]
    else:
        lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
    return lines


def _variants(source: Path, seed: int):
    rng = random.Random(seed)
    lines = source.read_text(encoding="utf-8").split("\n")
    for _ in range(VARIANTS_PER_FILE):
        variant = lines
        for _ in range(rng.randint(1, 4)):
            variant = _mutate(variant, rng)
        data = "\n".join(variant).encode("utf-8", "surrogatepass")
        if rng.random() < 0.03:  # now and then, bytes that are not UTF-8 at all
            at = rng.randrange(len(data) + 1)
            data = data[:at] + b"\xff\xfe" + data[at:]
        yield data


@pytest.mark.parametrize("name, seed", [("kuwait.yaml", 20240601), ("qatar.yaml", 7)])
def test_mutated_files_give_problems_never_exceptions(tmp_path, name, seed):
    target = tmp_path / "deck.yaml"
    outcomes = {"clean": 0, "problems": 0}
    for data in _variants(DATA / "bank" / name, seed):
        target.write_bytes(data)
        result = load_bank([target], ROOT)
        assert all(isinstance(p, Problem) for p in result.problems)
        for problem in result.problems:
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message and "\n" not in problem.message
        if result.problems:
            assert result.decks == [] and result.failed_files
            outcomes["problems"] += 1
        else:
            assert len(result.decks) == 1
            outcomes["clean"] += 1
    assert outcomes["problems"] > VARIANTS_PER_FILE // 3  # the mutations really do break files
