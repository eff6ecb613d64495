"""Nothing a teacher writes escapes questions/ or runs; two saves of one file never overwrite each other;
a publish keeps every student's progress and retires what was removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from quizapp.authoring import AuthoringError, bank_file
from quizapp.db import db
from quizapp.models import CardState, Question
from tests.authoring.conftest import editor_fields, post_editor
from tests.conftest import DATA
from tests.security.conftest import registered
from tests.security.test_authorization import study_one_card
from tests.security.test_xss import PAYLOADS, assert_inert, payload_bank

VALID = (DATA / "authoring" / "upload.yaml").read_text(encoding="utf-8")
ESCAPES = [
    "../evil.yaml",
    "/tmp/evil.yaml",
    "sub/../../evil.yaml",
    "..\\evil.yaml",
    "C:/evil.yaml",
    "sub/../evil.yaml",
    ".hidden.yaml",
    "a/.git/config.yaml",
    "evil.yaml\x00.txt",
    "evil.py",
    "~/evil.yaml",
]


@pytest.mark.parametrize("name", ESCAPES)
def test_a_name_that_leaves_the_folder_or_is_not_a_deck_is_refused(tmp_path, name):
    with pytest.raises(AuthoringError):
        bank_file(tmp_path, name)


def test_a_plain_name_and_a_subfolder_are_fine(tmp_path):
    assert bank_file(tmp_path, "history/kuwait.yaml") == tmp_path.resolve() / "history" / "kuwait.yaml"
    assert bank_file(tmp_path, " kuwait.yml ") == tmp_path.resolve() / "kuwait.yml"


def test_publish_under_an_escaping_name_writes_nothing_anywhere(bank_app, teacher, tmp_path):
    before = sorted(tmp_path.rglob("*"))
    for name in ESCAPES:
        if "\x00" in name:  # refused before any view runs (400), see tests/security
            continue
        response = post_editor(teacher, "publish", path=name, content=VALID)
        assert response.status_code == 400, name
        assert "File name" in response.get_data(as_text=True), name
    assert sorted(tmp_path.rglob("*")) == before
    assert not Path("/tmp/evil.yaml").exists()


def test_symlinks_below_the_bank_are_not_written_through(bank_app, teacher, tmp_path):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "victim.yaml"
    target.write_text("precious", encoding="utf-8")
    os.symlink(outside, folder / "linked-folder")
    os.symlink(target, folder / "linked-file.yaml")
    for name in ("linked-folder/new.yaml", "linked-folder/victim.yaml", "linked-file.yaml"):
        response = post_editor(teacher, "publish", path=name, content=VALID)
        assert response.status_code == 400, name
        assert "is a link to somewhere else" in response.get_data(as_text=True), name
        assert teacher.get(f"/teach/questions/download/{name}").status_code == 404, name
    assert sorted(p.name for p in outside.iterdir()) == ["victim.yaml"]
    assert target.read_text(encoding="utf-8") == "precious"


def test_unsafe_yaml_is_refused_and_runs_nothing(bank_app, teacher, tmp_path):
    marker = tmp_path / "pwned"
    text = f'deck: x\nquestions:\n  - !!python/object/apply:os.system ["touch {marker}"]\n'
    response = post_editor(teacher, "publish", path="evil.yaml", content=text)
    assert response.status_code == 400
    assert "YAML tag &#39;!!python/object/apply:os.system&#39; is not allowed" in response.get_data(as_text=True)
    assert not marker.exists() and not (Path(bank_app.config["QUESTIONS_DIR"]) / "evil.yaml").exists()


def test_a_draft_over_a_megabyte_is_refused_with_a_clear_message(bank_app, teacher):
    text = VALID + "# padding\n" * 110_000
    response = post_editor(teacher, "check", path="big.yaml", content=text)
    assert response.status_code == 400 and "at most 1 MB" in response.get_data(as_text=True)


def test_the_second_of_two_saves_is_refused_with_a_diff_and_overwrites_nothing(bank_app):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    amira, _ = registered(bank_app, "amira", teacher=True)
    bongani, _ = registered(bank_app, "bongani", teacher=True)
    opened_by_amira = editor_fields(amira.get("/teach/questions/edit/qatar.yaml").get_data(as_text=True))
    opened_by_bongani = editor_fields(bongani.get("/teach/questions/edit/qatar.yaml").get_data(as_text=True))
    amiras = opened_by_amira["content"].replace("(sample)", "(Amira's edit)")
    bonganis = opened_by_bongani["content"].replace("(sample)", "(Bongani's edit)")
    assert post_editor(amira, "publish", **{**opened_by_amira, "content": amiras}).status_code == 303
    refused = post_editor(bongani, "publish", **{**opened_by_bongani, "content": bonganis})
    assert refused.status_code == 409
    page = refused.get_data(as_text=True)
    assert "Someone else saved this file after you opened it" in page
    assert "-deck: Palestine–Qatar relations (Bongani&#39;s edit)" in page  # his line, as he wrote it
    assert "+deck: Palestine–Qatar relations (Amira&#39;s edit)" in page  # hers, as the file now has it
    assert (folder / "qatar.yaml").read_text(encoding="utf-8") == amiras
    # His text is kept in the form, now carrying the saved file's hash: after merging, he may publish.
    kept = editor_fields(page)
    assert kept["content"] == bonganis and kept["base_hash"] != opened_by_bongani["base_hash"]
    assert post_editor(bongani, "publish", **kept).status_code == 303
    assert (folder / "qatar.yaml").read_text(encoding="utf-8") == bonganis


def test_a_new_file_does_not_overwrite_one_saved_meanwhile(bank_app, teacher):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    (folder / "meanwhile.yaml").write_text(VALID, encoding="utf-8")
    response = post_editor(
        teacher, "publish", path="meanwhile.yaml", content=VALID.replace("2013", "2014"), base_hash=""
    )
    assert response.status_code == 409
    assert (folder / "meanwhile.yaml").read_text(encoding="utf-8") == VALID


def test_publishing_an_edit_keeps_progress_and_retires_removed_questions(bank_app, teacher):
    student, _ = registered(bank_app, "student")
    study_one_card(student, "2013")
    with bank_app.app_context():
        progress = db.session.scalars(select(CardState)).all()
        assert [(c.question_id, c.reps) for c in progress] == [("sample-kuwait-embassy-reopened", 1)]
    fields = editor_fields(teacher.get("/teach/questions/edit/kuwait.yaml").get_data(as_text=True))
    deck = yaml.safe_load(fields["content"])
    text = fields["content"].replace(
        "In what year was the Embassy of Palestine in Kuwait reopened?",
        "When did the Palestinian embassy in Kuwait reopen?",
    )
    donation = text.index("  - id: sample-kuwait-donation")
    text = text[:donation].rstrip() + "\n"
    assert len(yaml.safe_load(text)["questions"]) == len(deck["questions"]) - 1
    response = post_editor(teacher, "publish", **{**fields, "content": text})
    assert response.status_code == 303
    assert "1 updated, 1 retired" in teacher.get("/teach/questions/").get_data(as_text=True)
    with bank_app.app_context():
        edited = db.session.get(Question, "sample-kuwait-embassy-reopened")
        assert edited.prompt == "When did the Palestinian embassy in Kuwait reopen?" and not edited.retired
        assert db.session.get(Question, "sample-kuwait-donation").retired
        assert [(c.question_id, c.reps) for c in db.session.scalars(select(CardState))] == [
            ("sample-kuwait-embassy-reopened", 1)
        ]


def test_payloads_published_from_the_editor_are_inert_in_preview_and_for_students(bank_app, teacher, tmp_path):
    ids = payload_bank(tmp_path / "payloads")
    text = (tmp_path / "payloads" / "xss.yaml").read_text(encoding="utf-8")
    preview = post_editor(teacher, "preview", path="xss.yaml", content=text)
    assert preview.status_code == 200
    shown = assert_inert(preview.get_data(as_text=True), "preview")
    assert shown >= len(PAYLOADS)
    broken = post_editor(teacher, "check", path="xss.yaml", content=text + PAYLOADS[0])
    assert_inert(broken.get_data(as_text=True), "check with a payload in the message")
    assert post_editor(teacher, "publish", path="xss.yaml", content=text).status_code == 303
    assert_inert(teacher.get("/teach/questions/").get_data(as_text=True), "file list")
    assert_inert(teacher.get("/teach/questions/edit/xss.yaml").get_data(as_text=True), "editor")
    student, _ = registered(bank_app, "student")
    for qid in ids:
        page = student.get(f"/study?card={qid}")
        assert page.status_code == 200
        assert_inert(page.get_data(as_text=True), qid)
