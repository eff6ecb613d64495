"""Overrule the generator from the browser: switch a generated question off, on again, or replace it."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from quizapp.db import db
from quizapp.models import Question
from quizapp.sync import sync_bank
from tests.conftest import ROOT

GENERATED = ROOT / "questions" / "generated" / "kuwait-palestine-relations.yaml"
FIRST = "kuwait-palestine-relations-actor-nakba-7f11c0db-cloze"
DATE = "kuwait-palestine-relations-date-2013-848cfc75-short"
PAGE = "/teach/questions/edit/generated/kuwait.yaml"


def with_generated_deck(app) -> Path:
    folder = Path(app.config["QUESTIONS_DIR"])
    (folder / "generated").mkdir()
    shutil.copy(GENERATED, folder / "generated" / "kuwait.yaml")
    return folder


def decide(client, question_id: str, decision: str, replacement: str = ""):
    return client.post(
        "/teach/questions/decide",
        data={
            "question_id": question_id,
            "decision": decision,
            "replacement": replacement,
            "file": "generated/kuwait.yaml",
        },
    )


def sync(app, folder: Path) -> None:
    """Sync the bank, as `quizapp sync` (or any publish) does."""
    with app.app_context():
        sync_bank(db.session, folder, ROOT / "seeds", ROOT)


def test_a_generated_deck_lists_its_questions_with_a_decision_each(bank_app, teacher):
    with_generated_deck(bank_app)  # the page reads the file: no sync needed to list its questions
    page = teacher.get(PAGE).get_data(as_text=True)
    count = len(yaml.safe_load(GENERATED.read_text(encoding="utf-8"))["questions"])
    assert page.count('<tr data-question="') == count and page.count(">Switch off<") == count


def test_switch_off_then_on_again_through_the_page(bank_app, teacher):
    folder = with_generated_deck(bank_app)
    response = decide(teacher, FIRST, "off")
    assert response.status_code == 400  # not yet synced: the bank does not know the generated deck
    assert "There is no question" in response.get_data(as_text=True)
    assert teacher.post("/teach/questions/decide", data={}).status_code == 400
    assert decide(teacher, FIRST, "delete").status_code == 400
    sync(bank_app, folder)
    assert decide(teacher, FIRST, "off").status_code == 303
    overrides = (folder / "overrides.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(overrides) == {"disabled": [FIRST]} and overrides.startswith("# Teachers' decisions")
    with bank_app.app_context():
        assert db.session.get(Question, FIRST).retired
    page = teacher.get(PAGE).get_data(as_text=True)
    row = page.split(f'<tr data-question="{FIRST}">')[1].split("</tr>")[0]
    assert "Switched off" in row and ">Switch on again<" in row
    assert decide(teacher, FIRST, "on").status_code == 303
    assert yaml.safe_load((folder / "overrides.yaml").read_text(encoding="utf-8")) == {"disabled": []}
    with bank_app.app_context():
        assert not db.session.get(Question, FIRST).retired
    assert (folder / "generated" / "kuwait.yaml").read_bytes() == GENERATED.read_bytes()  # never edited


def test_replace_with_the_teachers_own_question(bank_app, teacher):
    folder = with_generated_deck(bank_app)
    sync(bank_app, folder)
    refused = decide(teacher, DATE, "replace", "nobody-wrote-this")
    assert refused.status_code == 400 and "publish your own question first" in refused.get_data(as_text=True)
    assert decide(teacher, DATE, "replace", "sample-kuwait-embassy-reopened").status_code == 303
    assert yaml.safe_load((folder / "overrides.yaml").read_text(encoding="utf-8")) == {
        "replaced": {DATE: "sample-kuwait-embassy-reopened"}
    }
    with bank_app.app_context():
        assert db.session.get(Question, DATE).retired
        assert (
            db.session.get(Question, "sample-kuwait-embassy-reopened").fact
            == "kuwait-palestine-relations-date-2013-848cfc75"
        )
    row = teacher.get(PAGE).get_data(as_text=True).split(f'<tr data-question="{DATE}">')[1].split("</tr>")[0]
    assert "Replaced by <code>sample-kuwait-embassy-reopened</code>" in row
