"""The class pages through HTTP: create, join by code or link, rename, new code, remove, leave, assign; who may
see what (visitor, student, another teacher, the teacher); the home page's assigned decks; the CSV files."""

from __future__ import annotations

import csv
import io
import re

import pytest

from quizapp.accounts import promote
from quizapp.db import db
from quizapp.models import ClassMember, SchoolClass, User
from tests.web.conftest import PASSWORD

CODE = re.compile(r'class="join-code">([A-Z0-9]{4})-([A-Z0-9]{4})<')


def account(app, name: str, teacher: bool = False):
    """Return a client logged in as a new account (a teacher if asked)."""
    client = app.test_client()
    fields = {"username": name, "password": PASSWORD, "confirm": PASSWORD}
    assert client.post("/register", data=fields).status_code == 302
    if teacher:
        with app.app_context():
            promote(db.session, name)
            db.session.commit()
    return client


def new_class(teacher, name: str = "7B history") -> tuple[str, str]:
    """Create a class through the form; return its page's URL and its join code."""
    response = teacher.post("/classes", data={"name": name})
    assert response.status_code == 303
    url = response.headers["Location"]
    return url, "".join(CODE.search(teacher.get(url).get_data(as_text=True)).groups())


@pytest.fixture
def tamar(app):
    return account(app, "tamar", teacher=True)


def members(app) -> list[int]:
    with app.app_context():
        return list(db.session.scalars(db.select(ClassMember.user_id)))


def test_a_teacher_creates_a_class_and_gets_a_code_and_a_join_link(tamar):
    url, code = new_class(tamar)
    page = tamar.get(url).get_data(as_text=True)
    assert len(code) == 8 and not set(code) & set("0O1IL")
    assert f"http://localhost/join/{code}" in page
    assert "7B history" in tamar.get("/classes").get_data(as_text=True)
    refused = tamar.post("/classes", data={"name": "   "})
    assert refused.status_code == 400 and b"field-errors" in refused.data


def test_a_student_joins_from_the_home_page_twice_harmlessly_and_a_wrong_code_is_a_form_error(app, tamar):
    _, code = new_class(tamar)
    amira = account(app, "amira")
    home = amira.get("/").get_data(as_text=True)
    assert 'action="/join"' in home and "Class code" in home
    typed = f"{code[:4].lower()} {code[4:]}"
    assert amira.post("/join", data={"code": typed}).status_code == 303
    again = amira.post("/join", data={"code": code}, follow_redirects=True)
    assert "already in" in again.get_data(as_text=True)
    assert len(members(app)) == 1
    for wrong, message in (("ABCDEFGH", b"No class has this code"), ("123", b"A class code has 8")):
        refused = amira.post("/join", data={"code": wrong})
        assert refused.status_code == 400 and message in refused.data and b"field-errors" in refused.data
    assert len(members(app)) == 1


def test_home_draws_the_join_field_kept_per_process_as_the_empty_form_draws_it_even_after_a_refused_code(app, tamar):
    from flask import render_template_string

    from quizapp.web.classes.forms import JoinForm

    amira = account(app, "amira")
    assert amira.post("/join", data={"code": "ABCDEFGH"}).status_code == 400
    home = amira.get("/").get_data(as_text=True)
    with app.test_request_context():
        drawn = render_template_string(
            '{% from "_forms.html" import field %}{{ field(form.code, hint=hint) }}',
            form=JoinForm(formdata=None),
            hint="From your teacher: 8 letters and digits, such as QATA-R234.",
        )
    assert drawn.strip() and drawn in home
    assert "No class has this code" not in home and "field-errors" not in home and "aria-invalid" not in home


def test_the_join_link_logs_in_first_and_then_joins_with_one_button(app, tamar):
    _, code = new_class(tamar, "Arabic club")
    account(app, "bongani")
    visitor = app.test_client()
    sent = visitor.get(f"/join/{code}")
    assert sent.status_code == 302 and "/login" in sent.headers["Location"] and "join" in sent.headers["Location"]
    landed = visitor.post(sent.headers["Location"], data={"username": "bongani", "password": PASSWORD})
    assert landed.headers["Location"].endswith(f"/join/{code}")
    page = visitor.get(f"/join/{code}")
    assert page.status_code == 200 and b"Arabic club" in page.data and b"tamar" in page.data
    assert visitor.get(f"/join/{code[:4].lower()}-{code[4:]}").status_code == 200  # as the teacher shows it
    assert members(app) == []  # opening the link changes nothing
    assert visitor.post("/join", data={"code": code}).status_code == 303 and len(members(app)) == 1
    assert visitor.get("/join/ABCDEFGH").status_code == 404


def test_rename_new_code_remove_and_leave(app, tamar):
    url, code = new_class(tamar)
    amira, bongani = account(app, "amira"), account(app, "bongani")
    for student in (amira, bongani):
        student.post("/join", data={"code": code})
    assert tamar.post(f"{url}/rename", data={"name": "7B geography"}).status_code == 303
    assert tamar.post(f"{url}/rename", data={"name": "x" * 101}).status_code == 400
    assert "7B geography" in tamar.get(url).get_data(as_text=True)
    tamar.post(f"{url}/code")
    fresh = "".join(CODE.search(tamar.get(url).get_data(as_text=True)).groups())
    chen = account(app, "chen")
    assert fresh != code and chen.post("/join", data={"code": code}).status_code == 400
    assert chen.get(f"/join/{code}").status_code == 404
    assert chen.post("/join", data={"code": fresh}).status_code == 303
    with app.app_context():
        amira_id = db.session.scalar(db.select(User.id).where(User.username == "amira"))
        class_id = db.session.scalar(db.select(SchoolClass.id))
    assert tamar.post(f"{url}/remove", data={"student_id": amira_id}).status_code == 303
    assert tamar.post(f"{url}/remove", data={"student_id": "x"}).status_code == 400
    assert bongani.post(f"/classes/{class_id}/leave").status_code == 303
    assert bongani.post(f"/classes/{class_id}/leave").status_code == 303  # leaving twice is harmless too
    page = tamar.get(url).get_data(as_text=True)
    assert "chen" in page and "amira" not in page and "bongani" not in page


def test_assigned_decks_come_first_on_the_students_home_page_marked_with_the_class(app, tamar):
    url, code = new_class(tamar, "Gulf studies")
    amira = account(app, "amira")
    amira.post("/join", data={"code": code})
    titles = lambda html: re.findall(r'class="deck-title"><a [^>]*>([^<]+)<', html)  # noqa: E731
    assert titles(amira.get("/").get_data(as_text=True))[0].startswith("Kuwait")  # by title, before assigning
    assert tamar.post(f"{url}/assign", data={"deck": "qatar"}).status_code == 303
    home = amira.get("/").get_data(as_text=True)
    assert titles(home)[0].startswith("Palestine–Qatar") and 'Assigned by <span dir="auto">Gulf studies' in home
    assert tamar.post(f"{url}/assign", data={"deck": "no-such-deck"}).status_code == 400
    assert tamar.post(f"{url}/unassign", data={"deck": "qatar"}).status_code == 303
    home = amira.get("/").get_data(as_text=True)
    assert titles(home)[0].startswith("Kuwait") and "Assigned by" not in home


def test_teacher_pages_send_visitors_to_the_login_refuse_students_and_hide_other_teachers_classes(app, tamar):
    url, code = new_class(tamar, "Tamar's own 7B")
    class_id = url.rsplit("/", 1)[1]
    omar, amira, visitor = account(app, "omar", teacher=True), account(app, "amira"), app.test_client()
    amira.post("/join", data={"code": code})
    pages = [
        "/classes",
        f"/classes/{class_id}",
        f"/classes/{class_id}/questions",
        f"/classes/{class_id}/students.csv",
        f"/classes/{class_id}/questions.csv",
    ]
    posts = {
        "rename": {"name": "mine now"},
        "code": {},
        "remove": {"student_id": "3"},
        "assign": {"deck": "qatar"},
        "unassign": {"deck": "kuwait"},
    }
    for page in pages:
        assert tamar.get(page).status_code == 200, page
        assert "/login" in visitor.get(page).headers["Location"], page
        assert amira.get(page).status_code == 403, page
        if page != "/classes":
            assert omar.get(page).status_code == 404, page
    assert "own 7B" not in omar.get("/classes").get_data(as_text=True)
    for action, data in posts.items():
        assert omar.post(f"/classes/{class_id}/{action}", data=data).status_code == 404, action
        assert amira.post(f"/classes/{class_id}/{action}", data=data).status_code == 403, action
    assert amira.post("/classes", data={"name": "mine"}).status_code == 403
    page = tamar.get(url).get_data(as_text=True)
    assert "own 7B" in page and "amira" in page and code[:4] in page  # nothing above changed the class


def test_a_teacher_can_study_too(app, tamar):
    assert tamar.get("/study?deck=kuwait").status_code == 200
    assert tamar.get("/stats").status_code == 200
    assert b'href="/classes"' in tamar.get("/").data


def test_class_results_download_as_csv_attachments(app, tamar):
    url, code = new_class(tamar)
    tamar.post(f"{url}/assign", data={"deck": "kuwait"})
    amira = account(app, "amira")
    amira.post("/join", data={"code": code})
    fields = {
        "question_id": "sample-kuwait-embassy-reopened",
        "deck": "kuwait",
        "reps": "0",
        "shown_at": "1",
        "answer": "=HYPERLINK(2012)",
    }
    amira.post("/study/answer", data=fields)
    assert amira.post("/study/grade", data={**fields, "rating": "1"}).status_code == 303
    students = tamar.get(f"{url}/students.csv")
    assert students.mimetype == "text/csv" and students.headers["Content-Disposition"].startswith("attachment;")
    assert "7B-history-students.csv" in students.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(students.get_data(as_text=True))))
    assert [(r["student"], r["cards_studied"], r["reviews_last_7_days"]) for r in rows] == [("amira", "1", "1")]
    questions = tamar.get(f"{url}/questions.csv")
    assert questions.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.DictReader(io.StringIO(questions.get_data(as_text=True))))
    assert len(rows) == 1 and rows[0]["question_id"] == "sample-kuwait-embassy-reopened"
    assert rows[0]["file_line"] == "tests/data/bank/kuwait.yaml:6" and rows[0]["first_try_right"] == "0"
    assert rows[0]["common_wrong_answers"].startswith("'=HYPERLINK(2012)")  # a formula defused
    page = tamar.get(f"{url}/questions").get_data(as_text=True)
    assert "=HYPERLINK(2012)" in page and "tests/data/bank/kuwait.yaml:6" in page
    assert '<a class="yaml-line" href="/teach/questions/edit/kuwait.yaml">tests/data/bank/kuwait.yaml:6</a>' in page
    assert 'href="/articles/kuwait-palestine-relations#apology-and-restoration-of-ties-p2"' in page


def test_payloads_in_a_class_name_and_in_typed_wrong_answers_are_inert_on_every_class_page(app, tamar):
    from tests.security.test_xss import PAYLOADS, assert_inert

    url, code = new_class(tamar, PAYLOADS[0])
    tamar.post(f"{url}/assign", data={"deck": "kuwait"})
    students = [account(app, f"student{n}") for n in range(3)]
    for n, student in enumerate(students):
        student.post("/join", data={"code": code})
        for reps, payload in enumerate([PAYLOADS[1], PAYLOADS[2 + 2 * n], PAYLOADS[3 + 2 * n]]):
            fields = {
                "question_id": "sample-kuwait-embassy-reopened",
                "deck": "kuwait",
                "shown_at": "1",
                "answer": payload,
                "reps": str(reps),
            }
            student.post("/study/answer", data=fields)
            assert student.post("/study/grade", data={**fields, "rating": "1"}).status_code == 303
    shown = 0
    for page in (url, f"{url}/questions", "/classes"):
        shown += assert_inert(tamar.get(page).get_data(as_text=True), page)
    shown += assert_inert(students[0].get("/").get_data(as_text=True), "home")
    shown += assert_inert(students[0].get(f"/join/{code}").get_data(as_text=True), "join link")
    questions = tamar.get(f"{url}/questions").get_data(as_text=True)
    assert shown >= 8 and "Possibly ambiguous: 3 students" in questions  # 3 of the 9 wrong answers alike


def test_the_analytics_page_lists_the_most_troublesome_questions_and_the_csv_all(app, tamar, monkeypatch):
    from quizapp.web.classes import results

    monkeypatch.setattr(results, "SHOWN_QUESTIONS", 1)
    url, code = new_class(tamar)
    tamar.post(f"{url}/assign", data={"deck": "kuwait"})
    amira = account(app, "amira")
    amira.post("/join", data={"code": code})
    for question_id, rating in (("sample-kuwait-embassy-reopened", "3"), ("sample-kuwait-donation", "1")):
        fields = {"question_id": question_id, "deck": "kuwait", "reps": "0", "shown_at": "1", "answer": "1999"}
        amira.post("/study/answer", data=fields)
        assert amira.post("/study/grade", data={**fields, "rating": rating}).status_code == 303
    page = tamar.get(f"{url}/questions").get_data(as_text=True)
    assert page.count('<p class="question-prompt"') == 1 and "the questions CSV has them all" in page
    assert "donate to UNRWA" in page  # the donation, answered Again: the more troublesome of the two
    assert len(list(csv.DictReader(io.StringIO(tamar.get(f"{url}/questions.csv").get_data(as_text=True))))) == 2
