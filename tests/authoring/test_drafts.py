"""Each teacher's saved drafts: save, update, list, open, discard, Publish removes it, and nobody else sees it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from werkzeug.test import encode_multipart

from quizapp.accounts import find_user
from quizapp.authoring.paths import MAX_FILE_BYTES
from quizapp.db import db
from quizapp.models import Draft, User
from quizapp.progress import delete_account
from tests.authoring.conftest import editor_fields, post_editor
from tests.conftest import DATA
from tests.security.conftest import SAMPLE_DRAFT_PATH, registered

UPLOAD = (DATA / "authoring" / "upload.yaml").read_text()
BROKEN = "deck: Half done\nquestions:\n  - id: half\n    type: cloze\n    text: In {{2013 the embassy\n"


def join(app, name: str, teacher: bool = True):
    """Register and log in (a teacher unless told), without the sample draft the security walks keep."""
    client, _ = registered(app, name, teacher=teacher)
    with app.app_context():
        db.session.execute(delete(Draft).where(Draft.path == SAMPLE_DRAFT_PATH))
        db.session.commit()
    return client


@pytest.fixture
def teacher(bank_app):
    """A logged-in teacher with no draft yet."""
    return join(bank_app, "teacher")


def save(client, **fields: str):
    """Press Save draft (the editor's form posted to the drafts URL). Multipart, so a text just over 1 MB stays
    about that size on the wire: url-encoded, '#' and 'é' grow threefold and meet the 2 MB body limit (a 413) first."""
    boundary, body = encode_multipart({"base_hash": "", **fields, "action": "draft"})
    return client.post("/teach/questions/drafts", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def drafts_in(app) -> list[tuple[str, str, str, str]]:
    """Every draft row: (owner, path, content, base_hash)."""
    with app.app_context():
        rows = db.session.execute(select(Draft).order_by(Draft.id)).scalars()
        return [(find_user_name(d.teacher_id), d.path, d.content, d.base_hash) for d in rows]


def find_user_name(user_id: int) -> str:
    return db.session.get(User, user_id).username


def draft_id(response) -> int:
    return int(re.fullmatch(r"/teach/questions/drafts/(\d+)", response.headers["Location"]).group(1))


def test_save_keeps_even_a_broken_text_writes_nothing_under_questions_and_reopens_it(bank_app, teacher):
    folder = Path(bank_app.config["QUESTIONS_DIR"])
    before = sorted(folder.rglob("*"))
    response = save(teacher, path="history/half.yaml", content=BROKEN)
    assert response.status_code == 303
    assert sorted(folder.rglob("*")) == before
    assert drafts_in(bank_app) == [("teacher", "history/half.yaml", BROKEN, "")]
    page = teacher.get(response.headers["Location"]).get_data(as_text=True)
    assert "Draft of history/half.yaml saved" in page and 'id="draft-note"' in page
    assert editor_fields(page) == {"path": "history/half.yaml", "content": BROKEN, "base_hash": ""}


def test_saving_again_updates_the_same_draft(bank_app, teacher):
    first = draft_id(save(teacher, path="mine.yaml", content=BROKEN))
    second = draft_id(save(teacher, path="mine.yaml", content=UPLOAD))
    assert first == second
    assert drafts_in(bank_app) == [("teacher", "mine.yaml", UPLOAD, "")]


def test_the_list_shows_only_the_teachers_own_drafts_with_open_and_discard(bank_app, teacher):
    other = join(bank_app, "other")
    save(teacher, path="mine.yaml", content=BROKEN)
    theirs = draft_id(save(other, path="theirs.yaml", content=UPLOAD))
    page = teacher.get("/teach/questions/").get_data(as_text=True)
    section = page.split('id="drafts"')[1].split("</section>")[0]
    assert "Your drafts" in page and "<code>mine.yaml</code>" in section and "theirs.yaml" not in page
    mine = draft_id(save(teacher, path="mine.yaml", content=BROKEN))
    assert f'href="/teach/questions/drafts/{mine}"' in section
    assert f'action="/teach/questions/drafts/{mine}/discard"' in section
    assert re.search(r"<time datetime=\"\d{4}-\d\d-\d\dT\d\d:\d\d", section)
    assert f"/drafts/{theirs}" not in page
    assert "Your drafts" not in join(bank_app, "third").get("/teach/questions/").get_data(as_text=True)


def test_another_teachers_draft_is_404_to_open_and_to_discard(bank_app, teacher):
    other = join(bank_app, "other")
    theirs = draft_id(save(other, path="theirs.yaml", content=UPLOAD))
    assert teacher.get(f"/teach/questions/drafts/{theirs}").status_code == 404
    assert teacher.post(f"/teach/questions/drafts/{theirs}/discard").status_code == 404
    assert teacher.get("/teach/questions/drafts/999").status_code == 404
    assert len(drafts_in(bank_app)) == 1
    assert other.get(f"/teach/questions/drafts/{theirs}").status_code == 200


def test_students_get_403_and_visitors_the_login(bank_app, teacher):
    mine = draft_id(save(teacher, path="mine.yaml", content=UPLOAD))
    student = join(bank_app, "student", teacher=False)
    visitor = bank_app.test_client()
    for client, expected in ((student, 403), (visitor, 302)):
        for response in (
            client.get(f"/teach/questions/drafts/{mine}"),
            client.post(f"/teach/questions/drafts/{mine}/discard"),
            save(client, path="x.yaml", content=UPLOAD),
        ):
            assert response.status_code == expected
            if expected == 302:
                assert "/login" in response.headers["Location"]
    assert drafts_in(bank_app) == [("teacher", "mine.yaml", UPLOAD, "")]


def test_discard_deletes_the_draft(bank_app, teacher):
    mine = draft_id(save(teacher, path="mine.yaml", content=UPLOAD))
    response = teacher.post(f"/teach/questions/drafts/{mine}/discard")
    assert response.status_code == 303 and response.headers["Location"] == "/teach/questions/"
    assert drafts_in(bank_app) == []
    assert "Draft of mine.yaml discarded" in teacher.get("/teach/questions/").get_data(as_text=True)
    assert teacher.get(f"/teach/questions/drafts/{mine}").status_code == 404


def test_a_text_over_a_megabyte_or_an_unsafe_name_is_a_form_error_and_saves_nothing(bank_app, teacher):
    for fields, message in (
        ({"path": "big.yaml", "content": "#" * (MAX_FILE_BYTES + 1)}, "The text is over 1 MB"),
        ({"path": "big.yaml", "content": "é" * (MAX_FILE_BYTES // 2 + 1)}, "The text is over 1 MB"),
        ({"path": "../escape.yaml", "content": UPLOAD}, "&#39;..&#39; is not allowed"),
        ({"path": "notes.txt", "content": UPLOAD}, "must end in .yaml"),
        ({"path": "", "content": UPLOAD}, "This field is required"),
    ):
        response = save(teacher, **fields)
        assert response.status_code == 400, fields["path"]
        page = response.get_data(as_text=True)
        assert message in page and "field-errors" in page, fields["path"]
    assert drafts_in(bank_app) == []


def test_a_draft_of_an_existing_file_keeps_its_hash_and_publish_then_removes_it(bank_app, teacher):
    fields = editor_fields(teacher.get("/teach/questions/edit/kuwait.yaml").get_data(as_text=True))
    edited = fields["content"].replace("Kuwait–Palestine relations (sample)", "Kuwait and Palestine", 1)
    mine = draft_id(save(teacher, **{**fields, "content": edited}))
    assert f'href="/teach/questions/drafts/{mine}">open your draft' in teacher.get(
        "/teach/questions/edit/kuwait.yaml"
    ).get_data(as_text=True)
    opened = editor_fields(teacher.get(f"/teach/questions/drafts/{mine}").get_data(as_text=True))
    assert opened == {**fields, "content": edited}
    published = post_editor(teacher, "publish", **opened)
    assert published.status_code == 303
    assert (Path(bank_app.config["QUESTIONS_DIR"]) / "kuwait.yaml").read_text(encoding="utf-8") == edited
    assert drafts_in(bank_app) == []
    assert "Your drafts" not in teacher.get("/teach/questions/").get_data(as_text=True)


def test_a_stale_draft_is_refused_on_publish_with_the_diff_and_kept(bank_app, teacher):
    other = join(bank_app, "other")
    fields = editor_fields(teacher.get("/teach/questions/edit/kuwait.yaml").get_data(as_text=True))
    mine = draft_id(save(teacher, **{**fields, "content": fields["content"].replace("(sample)", "(mine)", 1)}))
    theirs = fields["content"].replace("(sample)", "(theirs)", 1)
    assert post_editor(other, "publish", **{**fields, "content": theirs}).status_code == 303
    page = teacher.get(f"/teach/questions/drafts/{mine}").get_data(as_text=True)
    assert "Someone published <code>kuwait.yaml</code> after you opened it" in page
    refused = post_editor(teacher, "publish", **editor_fields(page))
    assert refused.status_code == 409
    body = refused.get_data(as_text=True)
    assert "Someone else saved this file" in body and "(theirs)" in body and 'class="diff"' in body
    assert [row[1] for row in drafts_in(bank_app)] == ["kuwait.yaml"]


def test_publishing_one_teachers_file_leaves_another_teachers_draft_of_it(bank_app, teacher):
    other = join(bank_app, "other")
    fields = editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))
    save(other, **fields)
    save(teacher, **fields)
    assert post_editor(teacher, "publish", **fields).status_code == 303
    assert [(row[0], row[1]) for row in drafts_in(bank_app)] == [("other", fields["path"])]


def test_deleting_the_teacher_deletes_their_drafts(bank_app, teacher):
    other = join(bank_app, "other")
    save(teacher, path="mine.yaml", content=UPLOAD)
    save(other, path="theirs.yaml", content=UPLOAD)
    with bank_app.app_context():
        delete_account(db.session, find_user(db.session, "teacher"))
    assert [(row[0], row[1]) for row in drafts_in(bank_app)] == [("other", "theirs.yaml")]
