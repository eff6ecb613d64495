"""The teacher's question pages: who may see them, the file list, download, upload, and the editor's buttons."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from quizapp.db import db
from quizapp.models import Question
from tests.authoring.conftest import editor_fields, post_editor
from tests.bank.test_bad_files import EXPECTED
from tests.conftest import DATA, ROOT
from tests.security.conftest import registered

PAGES = [
    "/teach/questions/",
    "/teach/questions/new",
    "/teach/questions/edit/kuwait.yaml",
    "/teach/questions/download/kuwait.yaml",
]
UPLOAD = (DATA / "authoring" / "upload.yaml").read_bytes()


def test_visitors_log_in_students_get_403_and_every_teacher_gets_each_page(bank_app, teacher):
    visitor = bank_app.test_client()
    student, _ = registered(bank_app, "student")
    other_teacher, _ = registered(bank_app, "other", teacher=True)
    for url in PAGES:
        assert visitor.get(url).status_code == 302 and "/login" in visitor.get(url).headers["Location"], url
        assert student.get(url).status_code == 403, url
        assert teacher.get(url).status_code == 200, url
        assert other_teacher.get(url).status_code == 200, url  # the bank is the school's: every teacher's
    for url in ("/teach/questions/editor", "/teach/questions/upload"):
        assert student.post(url, data={}).status_code == 403
        assert visitor.post(url, data={}).status_code == 302


def test_the_nav_links_teachers_to_their_files_and_not_students(bank_app, teacher):
    student, _ = registered(bank_app, "student")
    assert b'href="/teach/questions/"' in teacher.get("/").data
    assert b'href="/teach/questions/"' not in student.get("/").data


def test_the_list_shows_counts_status_and_generated_decks_read_only(bank_app, teacher):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    shutil.copy(ROOT / "questions" / "generated" / "kuwait-palestine-relations.yaml", folder / "generated.yaml")
    (folder / "broken.yaml").write_text((DATA / "bad" / "unknown_key_typo.yaml").read_text(), encoding="utf-8")
    page = teacher.get("/teach/questions/").get_data(as_text=True)
    rows = {
        name: page.split(f'<tr data-file="{name}">')[1].split("</tr>")[0]
        for name in ("kuwait.yaml", "qatar.yaml", "generated.yaml", "broken.yaml")
    }
    assert ">4<" in rows["kuwait.yaml"] and "Valid" in rows["kuwait.yaml"] and "read-only" not in rows["kuwait.yaml"]
    assert "Generated, read-only" in rows["generated.yaml"] and ">View<" in rows["generated.yaml"].replace(
        '<span class="visually-hidden"> generated.yaml</span>', ""
    )
    assert "1 problem" in rows["broken.yaml"] and ">1<" in rows["broken.yaml"]
    assert "Kuwait–Palestine relations (sample)" in rows["kuwait.yaml"]


def test_download_sends_the_file_as_it_is(bank_app, teacher):
    response = teacher.get("/teach/questions/download/kuwait.yaml")
    assert response.data == (Path(bank_app.config["QUESTIONS_DIR"]) / "kuwait.yaml").read_bytes()
    assert "attachment" in response.headers["Content-Disposition"]
    for bad in ("../conftest.py", "nope.yaml", "%2e%2e/%2e%2e/pyproject.toml", "kuwait.yaml/.."):
        assert teacher.get(f"/teach/questions/download/{bad}").status_code == 404, bad


def upload(client, data: bytes, name: str = "uploaded.yaml", **fields):
    """Upload a file through the form (encoded in memory: the test client would spool a big body to a file)."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), name), **fields})
    return client.post("/teach/questions/upload", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def test_a_valid_upload_is_written_and_synced(bank_app, teacher):
    response = upload(teacher, UPLOAD, path="sub/uploaded.yaml")
    assert response.status_code == 303
    assert (Path(bank_app.config["QUESTIONS_DIR"]) / "sub" / "uploaded.yaml").read_bytes() == UPLOAD
    with bank_app.app_context():
        assert db.session.get(Question, "uploaded-embassy-year").deck_key == "sub/uploaded"
    assert "Uploaded sub/uploaded.yaml: 1 added" in teacher.get("/teach/questions/").get_data(as_text=True)


@pytest.mark.parametrize(
    "data, name, message",
    [
        (
            b"deck: x\nquestions:\n  - id: a\n    type: short\n    promt: P\n    answer: A\n",
            "bad.yaml",
            "line 5, column 5: unknown key &#39;promt&#39;",
        ),
        (b"deck: caf\xe9\n", "latin1.yaml", "not UTF-8 text (byte 0xe9 on line 1)"),
        (b"# x\n" * 300_000, "huge.yaml", "The file is 1.1 MB; a question file may be at most 1 MB"),
        (UPLOAD, "notes.txt", "must end in .yaml"),
        (
            b"deck: x\nquestions:\n  - !!python/object/apply:os.system [touch /tmp/pwned]\n",
            "evil.yaml",
            "YAML tag &#39;!!python/object/apply:os.system&#39; is not allowed",
        ),
    ],
)
def test_a_refused_upload_says_why_and_writes_nothing(bank_app, teacher, data, name, message):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    before = sorted(folder.rglob("*"))
    response = upload(teacher, data, name)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert sorted(folder.rglob("*")) == before


def test_an_upload_over_a_file_needs_replace(bank_app, teacher):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    upload(teacher, UPLOAD)
    changed = UPLOAD.replace(b"Uploaded deck", b"Uploaded deck, again")
    refused = upload(teacher, changed)
    assert refused.status_code == 400 and "Tick &#39;Replace it&#39;" in refused.get_data(as_text=True)
    assert upload(teacher, changed, replace="y").status_code == 303
    assert (folder / "uploaded.yaml").read_bytes() == changed


def test_a_body_over_two_megabytes_is_a_clear_413(teacher):
    response = upload(teacher, b"x" * (2 * 1024 * 1024 + 10))
    assert response.status_code == 413
    assert "at most 1 MB" in response.get_data(as_text=True)


def test_new_starts_from_a_valid_template_with_one_question_of_each_type(bank_app, teacher):
    fields = editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))
    assert fields["path"] == "my-questions.yaml" and fields["base_hash"] == ""
    for kind in ("short", "choice", "cloze", "flashcard"):
        assert f"type: {kind}\n" in fields["content"]
    checked = post_editor(teacher, "check", **fields)
    assert checked.status_code == 200 and "No problems" in checked.get_data(as_text=True)


BROKEN = [
    (name, lines[0])
    for name, lines in EXPECTED
    if name.endswith(".yaml") and name != "not_utf8.yaml" and "bad/" not in lines[0]
]


def test_check_shows_each_message_at_its_line_for_every_broken_draft(teacher):
    assert len(BROKEN) >= 10
    for name, expected in BROKEN:
        line, column, message = expected.split(":", 2)
        text = (DATA / "bad" / name).read_text(encoding="utf-8")
        page = post_editor(teacher, "check", path=name, content=text).get_data(as_text=True)
        from markupsafe import escape

        assert f'data-line="{line}" data-column="{column}" data-message="{escape(message.strip())}"' in page, name
        source_lines = text.splitlines()
        if int(line) <= len(source_lines) and source_lines[int(line) - 1].strip():
            assert f'<code class="problem-line">{escape(source_lines[int(line) - 1])}</code>' in page, name


def test_check_compares_ids_with_the_whole_bank(teacher):
    text = (DATA / "authoring" / "upload.yaml").read_text().replace("uploaded-embassy-year", "sample-qatar-map")
    page = post_editor(teacher, "check", path="new.yaml", content=text).get_data(as_text=True)
    assert "duplicate id &#39;sample-qatar-map&#39; (first used at" in page and "qatar.yaml" in page


def test_preview_shows_each_question_with_its_quoted_paragraph(teacher):
    fields = editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))
    page = post_editor(teacher, "preview", **fields).get_data(as_text=True)
    assert page.count('class="card preview-card"') == 4
    assert "In [\u2026], the Embassy of Palestine in Kuwait was reopened." in page  # the cloze, its gap blanked
    assert "<mark>In 2013, the Embassy of Palestine in Kuwait was reopened.</mark>" in page
    assert 'href="/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p2"' in page


def test_publish_writes_the_file_and_syncs_it(bank_app, teacher):
    fields = editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))
    response = post_editor(teacher, "publish", **fields)
    assert response.status_code == 303 and response.headers["Location"] == "/teach/questions/"
    assert (Path(bank_app.config["QUESTIONS_DIR"]) / "my-questions.yaml").read_text(encoding="utf-8") == fields[
        "content"
    ]
    with bank_app.app_context():
        assert db.session.get(Question, "my-question-cloze").deck_key == "my-questions"
    assert "Published my-questions.yaml: 4 added" in teacher.get("/teach/questions/").get_data(as_text=True)
    assert editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))["path"] == "my-questions-2.yaml"


def test_publish_of_a_broken_draft_is_refused_with_its_messages(bank_app, teacher):
    text = (DATA / "bad" / "unknown_key_typo.yaml").read_text()
    response = post_editor(teacher, "publish", path="typo.yaml", content=text)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Not published" in page and 'data-line="5" data-column="5"' in page
    assert not (Path(bank_app.config["QUESTIONS_DIR"]) / "typo.yaml").exists()


def test_a_generated_deck_opens_read_only_and_cannot_be_published(bank_app, teacher):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    shutil.copy(ROOT / "questions" / "generated" / "kuwait-palestine-relations.yaml", folder / "generated.yaml")
    page = teacher.get("/teach/questions/edit/generated.yaml").get_data(as_text=True)
    assert 'value="publish"' not in page and "overwrites hand edits" in page
    fields = editor_fields(page)
    before = (folder / "generated.yaml").read_bytes()
    refused = post_editor(teacher, "publish", **{**fields, "content": fields["content"].replace("Kuwait", "K", 1)})
    assert refused.status_code == 400 and "read-only" in refused.get_data(as_text=True)
    assert (folder / "generated.yaml").read_bytes() == before


def test_every_editor_field_is_checked(teacher):
    assert post_editor(teacher, "launch", path="x.yaml", content="deck: x").status_code == 400
    assert (
        teacher.post("/teach/questions/editor", data={"path": "x.yaml", "content": "x", "action": "check"}).status_code
        == 400
    )  # no base_hash
    assert post_editor(teacher, "check", path="", content="deck: x").status_code == 400
