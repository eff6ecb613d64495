"""One definition of a live question (not retired, in a deck that is not retired), used by every feature."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

import quizapp
from quizapp import holds
from quizapp.accounts import create_account
from quizapp.bankrows import live_bank_decks
from quizapp.browse import BrowseQuery, browse_cards
from quizapp.classes.assigned import assign_deck, assigned_questions
from quizapp.classes.rooms import create_class
from quizapp.customstudy import Scope, next_ahead
from quizapp.db import db, utcnow
from quizapp.live import deck_questions, live_question, live_question_by_id
from quizapp.models import Deck, Question, QuestionSearch
from quizapp.search import refresh_index
from quizapp.storedarticles import citing_questions
from quizapp.tags import LEECH, bank_tags

PACKAGE = Path(quizapp.__file__).parent
# Where `Question.retired` may be read: the definition (and its complement, dead_question_ids).
RETIRED_READERS = {
    "live.py": "the definition itself",
    "models/livecounts.py": "the stored count of each deck's questions not retired; readers add the deck's own flag",
}
LIVE = "sample-qatar-aid-tons"  # after the setup below, the one live question of the sample bank
STRONG = "a long and unusual phrase"


@pytest.fixture
def half_dead(app):
    """The sample bank with the kuwait deck retired but not its questions, and one qatar question retired.

    Sync retires a deck's questions with it; setting only the deck's flag here checks that each feature
    reads both halves of the definition, not only the question's flag.
    """
    with app.app_context():
        db.session.get(Deck, "kuwait").retired = True
        db.session.get(Question, "sample-qatar-map").retired = True
        db.session.commit()
        yield app


def test_only_the_question_in_a_live_deck_and_not_retired_is_live(half_dead):
    everything = list(db.session.scalars(select(Question.id).order_by(Question.id)))
    assert len(everything) == 6
    assert list(db.session.scalars(select(Question.id).where(live_question()))) == [LIVE]
    assert [qid for qid in everything if live_question_by_id(db.session, qid) is not None] == [LIVE]
    assert [q.id for q in deck_questions(db.session, "kuwait")] == []
    assert [q.id for q in deck_questions(db.session, "qatar")] == [LIVE]


def test_articles_export_search_and_tags_see_only_live_questions(half_dead):
    assert [q.id for q in citing_questions(db.session, "kuwait-palestine-relations")] == []
    assert [q.id for q in citing_questions(db.session, "palestine-qatar-relations")] == [LIVE]
    assert [(d.key, [q.id for q in d.questions]) for d in live_bank_decks(db.session)] == [("qatar", [LIVE])]
    refresh_index(db.session)
    assert list(db.session.scalars(select(QuestionSearch.question_id))) == [LIVE]
    assert bank_tags(db.session) == [LEECH]  # "kuwait", "date"... were tags of dead questions only


def test_browsing_holds_custom_study_and_classes_see_only_live_questions(half_dead):
    student = create_account(db.session, "amira", STRONG)
    teacher = create_account(db.session, "okafor", STRONG, teacher=True)
    db.session.flush()
    everything = list(db.session.scalars(select(Question.id)))
    now = utcnow()
    assert [row.question.id for row in browse_cards(db.session, student, BrowseQuery(), now).rows] == [LIVE]
    assert [
        qid for qid in everything if next_ahead(db.session, student, Scope(card=qid), seen=(), now=now) is not None
    ] == [LIVE]
    school_class = create_class(db.session, teacher, "7B")
    db.session.flush()
    for deck_key in ("kuwait", "qatar"):
        assign_deck(db.session, school_class, deck_key)
    db.session.flush()
    assert list(db.session.scalars(assigned_questions(school_class))) == [LIVE]
    assert holds.suspend(db.session, student, everything) == 1  # only the live card can be suspended


def test_no_module_filters_on_question_retired_but_the_definition() -> None:
    """A new copy of the filter fails here: call quizapp.live.live_question() instead."""
    readers = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        lines = [
            node.lineno
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Attribute)
            and node.attr == "retired"
            and isinstance(node.value, ast.Name)
            and node.value.id == "Question"
        ]
        if lines:
            readers[path.relative_to(PACKAGE).as_posix()] = lines
    assert set(readers) - set(RETIRED_READERS) == set(), readers
    assert set(RETIRED_READERS) - set(readers) == set(), "take these off RETIRED_READERS: they no longer read it"
