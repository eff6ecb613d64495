"""Each deck's stored count of live questions (Deck.live_questions) stays right however questions change:
published from the editor, removed from a file, retired by hand, moved to another deck, restored by sync."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from quizapp.db import db
from quizapp.models import Deck, Question, store_live_counts
from quizapp.sync import sync_bank
from tests.authoring.conftest import editor_fields, post_editor
from tests.conftest import ROOT
from tests.security.conftest import registered

REMOVED = "sample-kuwait-apology-cloze"


def stored_and_counted(app) -> tuple[dict[str, int], dict[str, int]]:
    """Return every deck's stored count beside a count of its questions not retired, made now."""
    with app.app_context():
        stored = dict(db.session.execute(select(Deck.key, Deck.live_questions)).all())
        counted = dict.fromkeys(stored, 0) | dict(
            db.session.execute(
                select(Question.deck_key, func.count()).where(Question.retired.is_(False)).group_by(Question.deck_key)
            ).all()
        )
    return stored, counted


def home_totals(client) -> list[int]:
    """Return the "of N learned" totals the home page shows, deck by deck, sorted."""
    return sorted(int(n) for n in re.findall(r"\d+ of (\d+) learned ·", client.get("/").get_data(as_text=True)))


def test_the_sync_stores_each_decks_count(bank_app):
    stored, counted = stored_and_counted(bank_app)
    assert stored == counted == {"kuwait": 4, "qatar": 2}


def test_publishing_from_the_editor_keeps_the_counts_and_home_shows_them(bank_app, teacher):
    student = registered(bank_app, "student")[0]
    assert home_totals(student) == [2, 4]
    fields = editor_fields(teacher.get("/teach/questions/edit/kuwait.yaml").get_data(as_text=True))
    block = re.search(rf"  - id: {REMOVED}\n.*?(?=\n  - id: |\Z)", fields["content"], re.S)
    assert block is not None
    edited = fields["content"].replace(block.group(0), "")
    assert post_editor(teacher, "publish", **{**fields, "content": edited}).status_code == 303
    stored, counted = stored_and_counted(bank_app)
    assert stored == counted and stored["kuwait"] == 3
    new = editor_fields(teacher.get("/teach/questions/new").get_data(as_text=True))
    assert post_editor(teacher, "publish", **new).status_code == 303
    stored, counted = stored_and_counted(bank_app)
    assert stored == counted and stored["my-questions"] == 4
    assert home_totals(student) == [2, 3, 4]


def test_a_question_retired_moved_or_added_by_hand_is_counted_at_the_flush(bank_app):
    with bank_app.app_context():
        db.session.get(Question, REMOVED).retired = True
        db.session.flush()
        assert db.session.scalar(select(Deck.live_questions).where(Deck.key == "kuwait")) == 3
        db.session.get(Question, "sample-kuwait-apology").deck_key = "qatar"
        db.session.flush()
        counts = dict(db.session.execute(select(Deck.key, Deck.live_questions)).all())
        assert counts == {"kuwait": 2, "qatar": 3}
        db.session.rollback()  # the counts go back with the rows they counted
        counts = dict(db.session.execute(select(Deck.key, Deck.live_questions)).all())
        assert counts == {"kuwait": 4, "qatar": 2}


def test_a_count_a_bulk_write_left_wrong_is_put_right_by_the_next_sync(bank_app):
    with bank_app.app_context():
        db.session.execute(db.update(Deck).values(live_questions=99))  # past the flush that keeps them
        db.session.commit()
        store_live_counts(db.session, keys=())  # no decks named: nothing recounted
        assert set(db.session.scalars(select(Deck.live_questions))) == {99}
        sync_bank(db.session, Path(bank_app.config["QUESTIONS_DIR"]), ROOT / "seeds", ROOT)
    stored, counted = stored_and_counted(bank_app)
    assert stored == counted == {"kuwait": 4, "qatar": 2}


def test_retired_and_restored_by_sync_as_the_file_loses_and_regains_a_question(bank_app):
    path = Path(bank_app.config["QUESTIONS_DIR"]) / "qatar.yaml"
    original = path.read_text(encoding="utf-8")
    first = re.search(r"  - id: .*?(?=\n  - id: )", original, re.S)
    assert first is not None
    path.write_text(original.replace(first.group(0) + "\n", ""), encoding="utf-8")
    with bank_app.app_context():
        sync_bank(db.session, path.parent, ROOT / "seeds", ROOT)
    assert stored_and_counted(bank_app)[0]["qatar"] == 1
    path.write_text(original, encoding="utf-8")
    with bank_app.app_context():
        sync_bank(db.session, path.parent, ROOT / "seeds", ROOT)
    stored, counted = stored_and_counted(bank_app)
    assert stored == counted == {"kuwait": 4, "qatar": 2}
