"""The CSV export, imported by the real Anki: one note per question, right decks, tags and note types,
fields as the student should see them, and re-imports that update instead of adding."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from quizapp.bank import QuestionType
from quizapp.export import export_decks, notes_for_decks
from tests.export.anki_helpers import AnkiCollection, seen_text
from tests.export.expectations import (back_parts, cloze_numbers, expected_deck, expected_guid, expected_tags,
                                       front_parts)

HEADER = ["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3", "#tags column:6"]


@pytest.fixture(scope="module")
def bank_in_anki(tmp_path_factory, whole_bank, titles):
    """The whole bank exported as CSV and imported once into a fresh collection: (file, collection, log)."""
    folder = tmp_path_factory.mktemp("anki-csv")
    path = folder / "bank.csv"
    export_decks(whole_bank, "csv", path, titles)
    collection = AnkiCollection(folder)
    log = collection.import_csv(path)
    yield path, collection, log
    collection.close()


def test_file_has_anki_header_lines_and_one_row_per_question(bank_in_anki, whole_bank):
    path, _, _ = bank_in_anki
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[:6] == HEADER
    rows = [line for line in lines[6:] if line]
    assert len(rows) == sum(len(d.questions) for d in whole_bank)
    assert not any(row.startswith("#") for row in rows)
    assert all(len(fields) == 6 for fields in csv.reader(rows, delimiter="\t"))


def test_every_question_becomes_exactly_one_note_with_nothing_rejected(bank_in_anki, whole_bank):
    _, collection, log = bank_in_anki
    questions = [q for d in whole_bank for q in d.questions]
    assert len(log.new) == len(questions) == log.found_notes
    for rejected in ("updated", "duplicate", "conflicting", "first_field_match", "missing_notetype",
                     "missing_deck", "empty_first_field"):
        assert len(getattr(log, rejected)) == 0, rejected
    assert set(collection.notes()) == {expected_guid(q) for q in questions}


def test_decks_tags_note_types_and_cloze_cards_are_as_intended(bank_in_anki, whole_bank):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for deck in whole_bank:
        for question in deck.questions:
            note = notes[expected_guid(question)]
            cloze = question.type is QuestionType.CLOZE
            assert note.note_type()["name"] == ("Cloze" if cloze else "Basic"), question.id
            assert collection.deck_of(note) == {expected_deck(deck)}
            assert {t.casefold() for t in note.tags} == expected_tags(deck, question)
            assert len(note.cards()) == (len(cloze_numbers(note.fields[0])) if cloze else 1) == 1


def test_fields_arrive_exactly_as_written(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for note in notes_for_decks(whole_bank, titles):
        assert notes[note.guid].fields == [note.front, note.back]


def test_student_sees_every_character_unchanged(bank_in_anki, whole_bank, titles):
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


def test_importing_the_same_file_again_adds_and_changes_nothing(bank_in_anki):
    path, collection, _ = bank_in_anki
    before = collection.col.note_count()
    again = collection.import_csv(path)
    assert (len(again.new), len(again.updated)) == (0, 0)
    assert collection.col.note_count() == before


def test_importing_an_edited_export_updates_those_notes_in_place(anki, edge_decks, titles, tmp_path):
    first = tmp_path / "first.csv"
    export_decks(edge_decks, "csv", first, titles)
    anki.import_csv(first)
    ids_before = {guid: note.id for guid, note in anki.notes().items()}
    deck = edge_decks[0]
    edited = [dataclasses.replace(deck.questions[0], answer="Filastin (edited) & <more>"),
              *deck.questions[1:3],
              dataclasses.replace(deck.questions[3], text=deck.questions[3].text.replace("payment", "sum")),
              *deck.questions[4:]]
    second = tmp_path / "second.csv"
    export_decks([dataclasses.replace(deck, questions=edited)], "csv", second, titles)
    log = anki.import_csv(second)
    assert (len(log.new), len(log.updated)) == (0, 2)
    notes = anki.notes()
    assert {guid: note.id for guid, note in notes.items()} == ids_before
    assert "Filastin (edited) &amp; &lt;more&gt;" in notes[expected_guid(edited[0])].fields[1]
    assert "{{c1::€13 million}} sum" in notes[expected_guid(edited[3])].fields[0]
