"""The `validate` and `sync` commands, through the app's CLI runner and as real commands in a shell."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SAMPLE_BANK, make_app

BAD = DATA / "bad"


def run(runner, *args: str):
    """Invoke one app command with its arguments."""
    return runner.invoke(args=list(args))


def test_validate_checks_the_questions_folder_by_default(runner):
    result = run(runner, "validate")
    assert (result.exit_code, result.output) == (0, "2 files checked, 6 valid questions, 0 errors\n")


def test_validate_prints_each_problem_then_the_summary_and_exits_1(runner, monkeypatch):
    monkeypatch.chdir(DATA)
    result = run(runner, "validate", "bad/empty_file.yaml", "bad/unknown_key_typo.yaml", "bank/qatar.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "bad/empty_file.yaml:1:1: file is empty; expected a mapping with 'deck' and 'questions' at the top",
        "bad/unknown_key_typo.yaml:5:5: unknown key 'promt' in question 'q1' (did you mean 'prompt'?)",
        "3 files checked, 2 valid questions, 2 errors in 2 files",
    ]


def test_validate_of_the_whole_bad_folder_names_every_file(runner):
    result = run(runner, "validate", str(BAD))
    assert result.exit_code == 1
    files = sorted(BAD.rglob("*.yaml"))
    for path in files:
        assert f"{path}:" in result.output or f"{os.path.relpath(path)}:" in result.output
    assert "Traceback" not in result.output
    assert result.output.splitlines()[-1].startswith(f"{len(files)} files checked, 0 valid questions, ")


def test_validate_of_a_missing_path_or_an_empty_folder_fails(runner, tmp_path):
    missing = run(runner, "validate", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 1
    assert missing.output.splitlines()[0].endswith("nope.yaml:1:1: no such file or folder")
    empty = run(runner, "validate", str(tmp_path))
    assert (empty.exit_code, empty.output) == (1, f"no question files (.yaml or .yml) found in {tmp_path}\n")


def test_sync_prints_a_one_line_summary(runner):
    result = run(runner, "sync")
    assert (result.exit_code, result.stdout) == (
        0,
        "synced 3 articles: 0 added, 0 updated, 0 retired, 0 restored, 0 errors\n",
    )


def test_sync_reports_a_broken_file_and_skips_it(tmp_path):
    bank = tmp_path / "questions"
    shutil.copytree(SAMPLE_BANK, bank)
    app = make_app(tmp_path, questions_dir=bank)
    (bank / "qatar.yaml").write_text("deck: Qatar\nquestions:\n  - id: q1\n\ttype: short\n", encoding="utf-8")
    (bank / "new.yaml").write_text(
        "deck: New\nquestions:\n  - {id: n1, type: flashcard, prompt: P, answer: A}\n", encoding="utf-8"
    )
    result = app.test_cli_runner().invoke(args=["sync"])
    assert result.exit_code == 1  # the good files are synced, but a skipped one is a failure to see
    assert result.stdout == "synced 3 articles: 1 added, 0 updated, 0 retired, 0 restored, 1 error (1 file skipped)\n"
    assert result.stderr.endswith(
        "qatar.yaml:4:1: YAML syntax error: a tab character; indent with spaces, never tabs\n"
    )


@pytest.fixture
def shell_env(tmp_path):
    """Environment for real commands: the instance folder (database, secret key) kept out of the checkout."""
    return {**os.environ, "QUIZAPP_INSTANCE_PATH": str(tmp_path / "instance")}


@pytest.mark.parametrize(
    "command",
    [
        [str(Path(sys.executable).parent / "quizapp")],
        [str(Path(sys.executable).parent / "flask"), "--app", "quizapp"],
    ],
    ids=["console-script", "flask-app"],
)
def test_the_real_commands_validate(command, shell_env):
    good = subprocess.run(
        [*command, "validate", "tests/data/bank"], cwd=ROOT, env=shell_env, capture_output=True, text=True, timeout=120
    )
    assert (good.returncode, good.stdout) == (0, "2 files checked, 6 valid questions, 0 errors\n")
    bad = subprocess.run(
        [*command, "validate", "tests/data/bad/yaml_tab_indentation.yaml"],
        cwd=ROOT,
        env=shell_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1
    assert bad.stdout.splitlines()[0] == (
        "tests/data/bad/yaml_tab_indentation.yaml:4:1: YAML syntax error: "
        "a tab character; indent with spaces, never tabs"
    )
