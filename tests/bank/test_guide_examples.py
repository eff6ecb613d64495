"""docs/teachers-guide.md tells the truth: its examples validate as it says, and its messages are real."""

from __future__ import annotations

import re

from quizapp.bank import load_bank
from tests.bank.test_bad_files import EXPECTED
from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "teachers-guide.md").read_text(encoding="utf-8")


def blocks_after(marker: str) -> list[str]:
    """Return the fenced code blocks that directly follow an HTML comment marker."""
    return re.findall(rf"<!-- {marker} -->\n```\w+\n(.*?)```", GUIDE, flags=re.S)


def test_the_valid_examples_validate_clean(tmp_path):
    examples = blocks_after("example: valid")
    assert len(examples) >= 2
    types = set()
    for number, text in enumerate(examples):  # each example stands alone, so each is its own bank
        path = tmp_path / f"example{number}.yaml"
        path.write_text(text, encoding="utf-8")
        result = load_bank([path], ROOT)
        assert result.problems == []
        types |= {q.type.value for deck in result.decks for q in deck.questions}
    assert types == {"short", "choice", "cloze", "flashcard"}


def test_the_broken_example_gives_exactly_the_output_shown(app, tmp_path, monkeypatch):
    [broken] = blocks_after("example: broken")
    [output] = blocks_after("output")
    (tmp_path / "questions").mkdir()
    (tmp_path / "questions" / "kuwait.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    command, *expected = output.splitlines()
    assert command == "$ quizapp validate"
    result = app.test_cli_runner().invoke(args=["validate", "questions"])
    assert (result.exit_code, result.output.splitlines()) == (1, expected)


def test_every_message_in_the_table_is_one_the_validator_gives():
    table = GUIDE.split("<!-- messages -->")[1].split("<!-- /messages -->")[0]
    shown = re.findall(r"^\| `(.+?)` \|", table, flags=re.M)
    real = {line.split(": ", 1)[1] for _, lines in EXPECTED for line in lines}
    assert len(shown) >= 25
    assert [m for m in shown if m not in real] == []
