"""A session that teaches: no sibling gives an answer away within a day, and new cards mix types and decks."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from quizapp.db import db
from quizapp.models import Question
from quizapp.queue import next_card
from quizapp.scheduling import Rating
from tests.conftest import make_app
from tests.factories import make_user
from tests.scheduling.conftest import NOON, grade

APOLOGY, CLOZE = "sample-kuwait-apology", "sample-kuwait-apology-cloze"


def test_questions_on_one_source_sentence_are_siblings(student):
    db.session.get(Question, CLOZE).fact = ""  # no shared fact: only the sentence ties them
    grade(student, APOLOGY, Rating.Again, NOON)
    served = []
    now = NOON
    while (queued := next_card(db.session, student, "kuwait", now)) is not None and len(served) < 12:
        served.append(queued.question.id)
        grade(student, queued.question.id, Rating.Easy, now)
        now += dt.timedelta(minutes=30)
    assert APOLOGY in served and CLOZE not in served  # its sibling waits for another day


def _bank(folder) -> None:
    """Write two decks: one of 24 clozes, 4 multiple choice and 3 typed answers, one of 6 flashcards."""
    folder.mkdir()
    lines = ["deck: History", "questions:"]
    for n in range(24):
        lines += [f"  - id: cloze-{n}", "    type: cloze", f'    text: "Event {n} happened in {{{{{1900 + n}}}}}."']
    for n in range(4):
        lines += [
            f"  - id: choice-{n}",
            "    type: choice",
            f"    prompt: Choice {n}?",
            "    answer: A",
            "    choices: [A, B, C]",
        ]
    for n in range(3):
        lines += [f"  - id: short-{n}", "    type: short", f"    prompt: Short {n}?", f'    answer: "{n}"']
    (folder / "history.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["deck: Words", "questions:"]
    for n in range(6):
        lines += [f"  - id: word-{n}", "    type: flashcard", f"    prompt: Word {n}?", f"    answer: W{n}"]
    (folder / "words.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_days_new_cards_interleave_types_and_decks(tmp_path):
    _bank(tmp_path / "questions")
    app = make_app(tmp_path, questions_dir=tmp_path / "questions")
    with app.app_context():
        user = make_user()
        types, decks = Counter(), Counter()
        while (queued := next_card(db.session, user, None, NOON)) is not None:
            types[queued.question.type] += 1
            decks[queued.question.deck_key] += 1
            grade(user, queued.question.id, Rating.Easy, NOON)
        assert sum(types.values()) == 20
        assert max(types.values()) <= 10, types
        assert set(types) == {"cloze", "choice", "short", "flashcard"} and set(decks) == {"history", "words"}
        db.engine.dispose()
