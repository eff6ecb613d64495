"""Fixtures for the walks over every route: apps with CSRF on, and students registered through the forms."""

from __future__ import annotations

import itertools
import re

import pytest
from sqlalchemy import delete, select

from quizapp.accounts import create_account, find_user, promote
from quizapp.classes.rooms import create_class
from quizapp.db import db
from quizapp.models import Draft, SchoolClass
from quizapp.throttle import ThrottleLimits
from tests.conftest import bank_copy, make_app
from tests.security.routes import SAMPLE_CLASS_ID, SAMPLE_CODE, SAMPLE_DRAFT_ID
from tests.web.conftest import PASSWORD

_names = itertools.count(1)


@pytest.fixture
def open_app(tmp_path):
    """The app with CSRF off (to reach the forms' own checks), a throttle that never gets in the way, and a copy
    of the sample bank that teachers' routes may write to."""
    app = make_app(tmp_path, bank_copy(tmp_path), LOGIN_THROTTLE=ThrottleLimits(per_account=10**6, per_address=10**6))
    yield app
    with app.app_context():
        db.engine.dispose()


def token_from(client, url: str) -> str:
    """Return the CSRF token of the first form on the page at `url`."""
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(url).data.decode()).group(1)


def registered(app, username: str | None = None, csrf: bool = False, teacher: bool = False):
    """Return a client logged in as a new student (through /register), made a teacher if asked, and the name."""
    client = app.test_client()
    username = username or f"student{next(_names)}"
    data = {"username": username, "password": PASSWORD, "confirm": PASSWORD}
    if csrf:
        data["csrf_token"] = token_from(client, "/register")
    assert client.post("/register", data=data).status_code == 302
    if teacher:
        with app.app_context():
            promote(db.session, username)
            db.session.commit()
    sample_class(app, username if teacher else None)
    sample_draft(app, username if teacher else None)
    return client, username


def sample_class(app, teacher: str | None) -> None:
    """Keep the class ARGUMENTS names (id 1, code QATAR234) for the walks: made on the first call, owned by the
    newest teacher (a stand-in teacher until one registers), its code put back after a walk replaced it."""
    with app.app_context():
        school_class = db.session.get(SchoolClass, SAMPLE_CLASS_ID)
        owner = find_user(db.session, teacher or "sample-teacher")
        if school_class is None:
            owner = owner or create_account(db.session, "sample-teacher", PASSWORD + " sample", teacher=True)
            db.session.flush()
            school_class = create_class(db.session, owner, "Sample class")
            assert school_class.id == SAMPLE_CLASS_ID, "the sample class must be the walk's first class"
        if teacher:
            school_class.teacher_id = owner.id
        school_class.join_code = SAMPLE_CODE
        db.session.commit()


SAMPLE_DRAFT_PATH = "sample-draft.yaml"


def sample_draft(app, teacher: str | None) -> None:
    """Keep the draft ARGUMENTS names (id 1) for the walks, owned by the newest teacher: made again after a walk
    discarded it. Made as the app makes drafts, then given id 1, so PostgreSQL's sequence never hands out 1 again."""
    with app.app_context():
        # The sample class's teacher: sample_class, called first, made it the newest teacher (or a stand-in).
        owner = db.session.get(SchoolClass, SAMPLE_CLASS_ID).teacher_id
        draft = db.session.get(Draft, SAMPLE_DRAFT_ID)
        if draft is not None and draft.path != SAMPLE_DRAFT_PATH:
            return  # a test's own draft took id 1 after the sample was deleted: never hand it to someone else
        if draft is None:
            draft = Draft(teacher_id=owner, path=SAMPLE_DRAFT_PATH, content="deck: Sample draft\n", base_hash="")
            db.session.add(draft)
            db.session.flush()
            draft.id = SAMPLE_DRAFT_ID
        if teacher:
            db.session.execute(
                delete(Draft).where(Draft.teacher_id == owner, Draft.path == draft.path, Draft.id != SAMPLE_DRAFT_ID)
            )
            draft.teacher_id = owner
        db.session.commit()


def all_rows(app) -> dict[str, list[tuple]]:
    """Every row of every table, to tell whether a request changed anything."""
    with app.app_context():
        return {
            table.name: sorted(map(tuple, db.session.execute(select(table)).all()), key=repr)
            for table in db.metadata.sorted_tables
        }
