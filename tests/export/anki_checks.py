"""Checks the CSV and .apkg tests share: what the real Anki holds after importing an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quizapp.bank import Deck, Question, QuestionType
from tests.export.anki_helpers import AnkiCollection, seen_text
from tests.export.expectations import (
    back_parts,
    cloze_numbers,
    expected_deck,
    expected_guid,
    expected_tags,
    front_parts,
)


def question_notes(collection: AnkiCollection, decks: list[Deck]) -> Iterator[tuple[Deck, Question, object]]:
    """Yield every question of `decks` with its deck and its note in the collection."""
    notes = collection.notes()
    for deck in decks:
        for question in deck.questions:
            yield deck, question, notes[expected_guid(question)]


def assert_one_new_note_per_question(
    collection: AnkiCollection, log, decks: list[Deck], rejections: tuple[str, ...]
) -> None:
    """Assert the import added one note per question, under its GUID, and turned none away for `rejections`."""
    questions = [q for d in decks for q in d.questions]
    assert len(log.new) == len(questions)
    for rejected in rejections:
        assert len(getattr(log, rejected)) == 0, rejected
    assert set(collection.notes()) == {expected_guid(q) for q in questions}


def assert_in_its_deck_with_its_tags_and_one_card(
    collection: AnkiCollection, deck: Deck, question: Question, note
) -> None:
    """Assert a question's note sits in its deck's Anki deck, carries its tags and makes exactly one card."""
    assert collection.deck_of(note) == {expected_deck(deck)}
    assert {t.casefold() for t in note.tags} == expected_tags(deck, question)
    cloze = question.type is QuestionType.CLOZE
    assert len(note.cards()) == (len(cloze_numbers(note.fields[0])) if cloze else 1) == 1


def assert_student_sees_every_part(collection: AnkiCollection, decks: list[Deck], titles) -> dict[str, str]:
    """Assert each card shows its question's parts, front and back, unchanged; return the back's text by id."""
    notes = collection.notes()
    backs: dict[str, str] = {}
    for question in [q for d in decks for q in d.questions]:
        card = notes[expected_guid(question)].cards()[0]
        front, back = seen_text(card.question()), seen_text(card.answer())
        for part in front_parts(question):
            assert part in front, (question.id, part)
        for part in back_parts(question, titles(question.source.article) if question.source else None):
            assert part in back, (question.id, part)
        backs[question.id] = back
    return backs


def assert_importing_again_changes_nothing(collection: AnkiCollection, path: Path) -> None:
    """Assert that importing the same file a second time adds and updates no note."""
    before = collection.col.note_count()
    again = collection.import_file(path)
    assert (len(again.new), len(again.updated)) == (0, 0)
    assert collection.col.note_count() == before
