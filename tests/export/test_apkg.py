"""The .apkg export, imported by the real Anki: one note per question in quizapp's note types, right decks
and tags, fields as the student should see them, and re-imports that update instead of adding."""

from __future__ import annotations

import dataclasses
import html
import time

import pytest

from quizapp.bank import QuestionType
from quizapp.export import export_decks, notes_for_decks
from quizapp.export.apkg import BASIC_MODEL, CLOZE_MODEL
from tests.export.anki_helpers import AnkiCollection, seen_text
from tests.export.expectations import (back_parts, cloze_numbers, expected_deck, expected_guid, expected_tags,
                                       front_parts)


@pytest.fixture(scope="module")
def bank_in_anki(tmp_path_factory, whole_bank, titles):
    """The whole bank exported as .apkg and imported once into a fresh collection: (file, collection, log)."""
    folder = tmp_path_factory.mktemp("anki-apkg")
    path = folder / "bank.apkg"
    export_decks(whole_bank, "apkg", path, titles)
    collection = AnkiCollection(folder)
    log = collection.import_apkg(path)
    yield path, collection, log
    collection.close()


def test_every_question_becomes_exactly_one_note_with_nothing_rejected(bank_in_anki, whole_bank):
    _, collection, log = bank_in_anki
    questions = [q for d in whole_bank for q in d.questions]
    assert len(log.new) == len(questions)
    for rejected in ("updated", "duplicate", "conflicting", "missing_notetype", "missing_deck"):
        assert len(getattr(log, rejected)) == 0, rejected
    assert set(collection.notes()) == {expected_guid(q) for q in questions}


def test_decks_tags_note_types_and_cloze_cards_are_as_intended(bank_in_anki, whole_bank):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for deck in whole_bank:
        for question in deck.questions:
            note = notes[expected_guid(question)]
            cloze = question.type is QuestionType.CLOZE
            note_type = note.note_type()
            assert (note_type["name"], note_type["id"]) == ((CLOZE_MODEL if cloze else BASIC_MODEL).name,
                                                            (CLOZE_MODEL if cloze else BASIC_MODEL).model_id)
            assert collection.deck_of(note) == {expected_deck(deck)}
            description = collection.col.decks.by_name(expected_deck(deck))["desc"]
            assert description == html.escape(deck.description, quote=False)
            assert {t.casefold() for t in note.tags} == expected_tags(deck, question)
            assert len(note.cards()) == (len(cloze_numbers(note.fields[0])) if cloze else 1) == 1
    names = {n.name for n in collection.col.models.all_names_and_ids()}
    assert {"quizapp", "quizapp cloze"} <= names
    assert not any(name.startswith("quizapp") and name not in ("quizapp", "quizapp cloze") for name in names)


def test_fields_arrive_exactly_as_written(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for note in notes_for_decks(whole_bank, titles):
        expected = [note.question, note.explanation, note.source, note.hint] if note.cloze else \
            [note.question, note.answer, note.explanation, note.source, note.hint]
        assert notes[note.guid].fields == expected


def test_student_sees_every_character_unchanged_with_the_source_under_the_answer(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for question in [q for d in whole_bank for q in d.questions]:
        card = notes[expected_guid(question)].cards()[0]
        front, back = seen_text(card.question()), seen_text(card.answer())
        for part in front_parts(question):
            assert part in front, (question.id, part)
        title = titles(question.source.article) if question.source else None
        for part in back_parts(question, title):
            assert part in back, (question.id, part)
        if question.source is not None:
            answer_at = back.index(back_parts(question, title)[0])
            assert back.rindex(question.source.quote) > back.index("Source:") > answer_at


def test_importing_the_same_file_again_adds_and_changes_nothing(bank_in_anki):
    path, collection, _ = bank_in_anki
    before = collection.col.note_count()
    again = collection.import_apkg(path)
    assert (len(again.new), len(again.updated)) == (0, 0)
    assert collection.col.note_count() == before


def test_importing_a_later_edited_export_updates_the_notes_in_place(anki, edge_decks, titles, tmp_path):
    made_at = time.time()
    first = tmp_path / "first.apkg"
    export_decks(edge_decks, "apkg", first, titles, timestamp=made_at)
    anki.import_apkg(first)
    ids_before = {guid: note.id for guid, note in anki.notes().items()}
    deck = edge_decks[0]
    edited = [dataclasses.replace(deck.questions[0], answer="Filastin (edited) & <more>"), *deck.questions[1:]]
    second = tmp_path / "second.apkg"
    # A minute later, as when a teacher edits the YAML and exports again.
    export_decks([dataclasses.replace(deck, questions=edited)], "apkg", second, titles, timestamp=made_at + 60)
    log = anki.import_apkg(second)
    assert len(log.new) == 0
    assert len(log.updated) == len(edited)  # the newer package refreshes every note it carries
    notes = anki.notes()
    assert {guid: note.id for guid, note in notes.items()} == ids_before
    assert "Filastin (edited) &amp; &lt;more&gt;" in notes[expected_guid(edited[0])].fields[1]
    assert anki.col.note_count() == len(edited)
