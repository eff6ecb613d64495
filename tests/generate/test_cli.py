"""`quizapp generate ARTICLES_DIR --out OUT_DIR [--report]`, without a database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quizapp import create_app
from quizapp.bank import load_bank

from .conftest import OWN_ARTICLES, ROOT


def make_runner(tmp_path, **overrides):
    """Return a CLI runner on a fresh app; the bank and its database are never synced."""
    settings = {
        "TESTING": True,
        "SECRET_KEY": "x",
        "PROJECT_ROOT": ROOT,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'unused.sqlite'}",
        **overrides,
    }
    return create_app(settings).test_cli_runner()


def test_generate_writes_decks_and_reports(tmp_path, nlp):
    runner = make_runner(tmp_path)
    out = tmp_path / "generated"
    result = runner.invoke(args=["generate", str(OWN_ARTICLES), "--out", str(out), "--report"])
    assert result.exit_code == 0, result.output
    assert "tests/data/articles/railway.txt" in result.output
    assert "date" in result.output and "choice" in result.output and "total" in result.output
    assert result.output.strip().splitlines()[-1].startswith("generated ")
    assert sorted(p.name for p in out.glob("*.yaml")) == [
        "1892-harlow-bay-cholera-outbreak.yaml",
        "carrow-hill-observatory.yaml",
        "northern-coast-railway.yaml",
        "valdmar-rowing-club.yaml",
    ]
    assert load_bank([out], ROOT).problems == []


def test_missing_pipeline_is_a_clear_error_not_a_traceback(tmp_path):
    runner = make_runner(tmp_path, SPACY_MODELS=("no_such_pipeline",))
    result = runner.invoke(args=["generate", str(OWN_ARTICLES), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no spaCy English pipeline is installed" in result.output and "Traceback" not in result.output


def test_console_script_runs_the_command(tmp_path):
    script = Path(sys.executable).with_name("quizapp")
    out = tmp_path / "out"
    env = {**os.environ, "QUIZAPP_ROOT": str(ROOT)}
    done = subprocess.run(
        [str(script), "generate", "tests/data/articles", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.yaml"))) == 4


def test_without_spacy_installed_the_command_says_so(tmp_path):
    # A `make run` install has no spaCy; hide it in a fresh interpreter to run the command as there.
    code = (
        "import sys; sys.modules['spacy'] = None; from quizapp.cli import main; "
        "sys.argv = ['quizapp', 'generate', 'tests/data/articles', '--out', sys.argv[1]]; main()"
    )
    env = {**os.environ, "QUIZAPP_ROOT": str(ROOT), "QUIZAPP_INSTANCE_PATH": str(tmp_path / "instance")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "spacy itself is not installed" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert not (tmp_path / "out").exists()


def _question_count(output: str) -> int:
    """Return N from the closing line "generated N questions from ..."."""
    return int(output.strip().splitlines()[-1].split()[1])


def test_min_score_sets_how_much_a_fact_must_be_worth(tmp_path, nlp):
    runner = make_runner(tmp_path)
    counts = {}
    for score in ("0", "0.5", "0.75", "1"):
        result = runner.invoke(
            args=["generate", str(OWN_ARTICLES), "--out", str(tmp_path / score), "--min-score", score]
        )
        assert result.exit_code == 0, result.output
        counts[score] = _question_count(result.output)
    default = runner.invoke(args=["generate", str(OWN_ARTICLES), "--out", str(tmp_path / "default")])
    assert _question_count(default.output) == counts["0.5"]
    assert counts["0"] >= counts["0.5"] > counts["0.75"] > counts["1"]


def test_min_score_out_of_range_is_a_clear_error(tmp_path):
    result = make_runner(tmp_path).invoke(
        args=["generate", str(OWN_ARTICLES), "--out", str(tmp_path), "--min-score", "2"]
    )
    assert result.exit_code == 2 and "0<=x<=1" in result.output
