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
from tests.export.anki_checks import (
    assert_importing_again_changes_nothing,
    assert_in_its_deck_with_its_tags_and_one_card,
    assert_one_new_note_per_question,
    assert_student_sees_every_part,
    question_notes,
)
from tests.export.anki_helpers import exported_into_anki
from tests.export.expectations import back_parts, expected_deck, expected_guid


@pytest.fixture(scope="module")
def bank_in_anki(tmp_path_factory, whole_bank, titles):
    """The whole bank exported as .apkg and imported once into a fresh collection: (file, collection, log)."""
    with exported_into_anki(tmp_path_factory.mktemp("anki-apkg"), whole_bank, titles, "apkg") as imported:
        yield imported


def test_every_question_becomes_exactly_one_note_with_nothing_rejected(bank_in_anki, whole_bank):
    _, collection, log = bank_in_anki
    assert_one_new_note_per_question(
        collection, log, whole_bank, ("updated", "duplicate", "conflicting", "missing_notetype", "missing_deck")
    )


def test_decks_tags_note_types_and_cloze_cards_are_as_intended(bank_in_anki, whole_bank):
    _, collection, _ = bank_in_anki
    for deck, question, note in question_notes(collection, whole_bank):
        model = CLOZE_MODEL if question.type is QuestionType.CLOZE else BASIC_MODEL
        note_type = note.note_type()
        assert (note_type["name"], note_type["id"]) == (model.name, model.model_id)
        assert_in_its_deck_with_its_tags_and_one_card(collection, deck, question, note)
        description = collection.col.decks.by_name(expected_deck(deck))["desc"]
        assert description == html.escape(deck.description, quote=False)
    names = {n.name for n in collection.col.models.all_names_and_ids()}
    assert {"quizapp", "quizapp cloze"} <= names
    assert not any(name.startswith("quizapp") and name not in ("quizapp", "quizapp cloze") for name in names)


def test_fields_arrive_exactly_as_written(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for note in notes_for_decks(whole_bank, titles):
        expected = (
            [note.question, note.explanation, note.source, note.hint]
            if note.cloze
            else [note.question, note.answer, note.explanation, note.source, note.hint]
        )
        assert notes[note.guid].fields == expected


def test_student_sees_every_character_unchanged_with_the_source_under_the_answer(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    backs = assert_student_sees_every_part(collection, whole_bank, titles)
    for question in [q for d in whole_bank for q in d.questions if q.source is not None]:
        back = backs[question.id]
        answer_at = back.index(back_parts(question, titles(question.source.article))[0])
        assert back.rindex(question.source.quote) > back.index("Source:") > answer_at


def test_importing_the_same_file_again_adds_and_changes_nothing(bank_in_anki):
    path, collection, _ = bank_in_anki
    assert_importing_again_changes_nothing(collection, path)


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
