"""questions/overrides.yaml: teachers switch generated questions off or replace them; sync and validate apply it,
and a regeneration keeps the decisions."""

from __future__ import annotations

import shutil
from pathlib import Path

from quizapp.bank import load_bank
from quizapp.db import db
from quizapp.models import CardState, Question
from quizapp.sync import sync_bank
from tests.conftest import DATA, ROOT, SAMPLE_BANK, make_app
from tests.security.conftest import registered
from tests.security.test_authorization import study_one_card

MINE = """deck: My replacements
questions:
  - id: my-embassy-year
    type: short
    prompt: When did the Palestinian embassy in Kuwait reopen?
    answer: "2013"
"""


def bank_with(tmp_path: Path, overrides: str) -> Path:
    folder = tmp_path / "questions"
    shutil.copytree(SAMPLE_BANK, folder)
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")
    (folder / "overrides.yaml").write_text(overrides, encoding="utf-8")
    return folder


def ids_of(result) -> set[str]:
    return {q.id for deck in result.decks for q in deck.questions}


def test_disabled_and_replaced_questions_are_left_out_and_the_replacement_takes_the_fact(tmp_path):
    folder = bank_with(
        tmp_path,
        "# Teachers' decisions\ndisabled:\n  - sample-kuwait-donation\n"
        "replaced:\n  sample-kuwait-apology: my-embassy-year\n",
    )
    result = load_bank([folder], ROOT)
    assert result.problems == []
    assert "sample-kuwait-donation" not in ids_of(result) and "sample-kuwait-apology" not in ids_of(result)
    assert {"sample-kuwait-apology-cloze", "my-embassy-year"} <= ids_of(result)
    mine = next(q for deck in result.decks for q in deck.questions if q.id == "my-embassy-year")
    assert mine.fact == "kuwait-apology-2004"  # never asked on the day of its sibling, the cloze
    assert "overrides" not in {deck.key for deck in result.decks}  # the file is no deck


def test_a_decision_naming_no_question_is_reported_at_its_line_and_the_rest_applies(tmp_path):
    folder = bank_with(
        tmp_path,
        "disabled:\n  - sample-kuwait-donatoin\n  - sample-kuwait-donation\nreplaced:\n"
        "  sample-kuwait-apology: nobody-wrote-this\n  nothing-here: my-embassy-year\n"
        "disable: []\n",
    )
    result = load_bank([folder], ROOT)
    shown = [f"{p.line}:{p.column}: {p.message}" for p in result.problems]
    assert shown == [
        "2:5: 'sample-kuwait-donatoin' is switched off here but is no question of the bank "
        "(did you mean 'sample-kuwait-donation'?)",
        "5:3: 'nobody-wrote-this' is named as a replacement here but is no question of the bank",
        "6:3: 'nothing-here' is replaced here but is no question of the bank",
        "7:1: unknown key 'disable' in the overrides file (did you mean 'disabled'?)",
    ]
    assert [Path(f).name for f in result.failed_files] == ["overrides.yaml"]
    assert "sample-kuwait-donation" not in ids_of(result)


def test_validate_of_one_file_applies_the_banks_overrides(tmp_path):
    folder = bank_with(tmp_path, "disabled: [sample-kuwait-donation]\n")
    runner = make_app(tmp_path, questions_dir=folder).test_cli_runner()
    result = runner.invoke(args=["validate", str(folder / "kuwait.yaml")])
    assert result.exit_code == 0 and "1 file checked, 3 valid questions, 0 errors" in result.output


def test_sync_retires_switched_off_questions_keeping_progress_and_restores_them_when_switched_on(tmp_path):
    folder = bank_with(tmp_path, "disabled: []\n")
    app = make_app(tmp_path, questions_dir=folder)
    student, _ = registered(app, "student")
    study_one_card(student, "2013")
    (folder / "overrides.yaml").write_text("disabled: [sample-kuwait-embassy-reopened]\n", encoding="utf-8")
    with app.app_context():
        report = sync_bank(db.session, folder, ROOT / "seeds", ROOT)
        assert report.retired == 1 and report.problems == []
        assert db.session.get(Question, "sample-kuwait-embassy-reopened").retired
        assert db.session.scalars(db.select(CardState)).one().reps == 1
    (folder / "overrides.yaml").write_text("disabled: []\n", encoding="utf-8")
    with app.app_context():
        assert sync_bank(db.session, folder, ROOT / "seeds", ROOT).restored == 1
        assert not db.session.get(Question, "sample-kuwait-embassy-reopened").retired
        assert db.session.scalars(db.select(CardState)).one().reps == 1


def test_regenerating_keeps_the_decisions(tmp_path):
    folder = tmp_path / "questions"
    generated = folder / "generated"
    app = make_app(tmp_path, questions_dir=folder, ARTICLES_DIR=DATA / "articles")
    runner = app.test_cli_runner()
    assert runner.invoke(args=["generate", str(DATA / "articles"), "--out", str(generated)]).exit_code == 0
    first = load_bank([folder], ROOT)
    off, replaced = first.decks[0].questions[0].id, first.decks[0].questions[1].id
    (folder / "mine.yaml").write_text(MINE, encoding="utf-8")
    (folder / "overrides.yaml").write_text(
        f"disabled: [{off}]\nreplaced:\n  {replaced}: my-embassy-year\n", encoding="utf-8"
    )
    synced = runner.invoke(args=["sync"])
    assert synced.exit_code == 0, synced.output
    before = (folder / "overrides.yaml").read_bytes()
    assert runner.invoke(args=["generate", str(DATA / "articles"), "--out", str(generated)]).exit_code == 0
    assert (folder / "overrides.yaml").read_bytes() == before  # the generator never writes it
    again = runner.invoke(args=["sync"])
    assert again.exit_code == 0, again.output
    with app.app_context():
        live = set(db.session.scalars(db.select(Question.id).where(Question.retired.is_(False))))
    assert off not in live and replaced not in live and "my-embassy-year" in live
    assert len(live) == sum(len(d.questions) for d in first.decks) - 2 + 1
    (folder / "overrides.yaml").write_text("disabled: []\n", encoding="utf-8")  # switched on again: asked again
    assert runner.invoke(args=["sync"]).exit_code == 0
    with app.app_context():
        assert not db.session.get(Question, off).retired
