"""The CSV export, imported by the real Anki: one note per question, right decks, tags and note types,
fields as the student should see them, and re-imports that update instead of adding."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from quizapp.bank import QuestionType
from quizapp.export import export_decks, notes_for_decks
from quizapp.export.anki_csv import anki_csv_text
from quizapp.export.notes import AnkiNote
from tests.export.anki_checks import (
    assert_importing_again_changes_nothing,
    assert_in_its_deck_with_its_tags_and_one_card,
    assert_one_new_note_per_question,
    assert_student_sees_every_part,
    question_notes,
)
from tests.export.anki_helpers import exported_into_anki
from tests.export.expectations import expected_guid

HEADER = ["#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3", "#tags column:6"]


@pytest.fixture(scope="module")
def bank_in_anki(tmp_path_factory, whole_bank, titles):
    """The whole bank exported as CSV and imported once into a fresh collection: (file, collection, log)."""
    with exported_into_anki(tmp_path_factory.mktemp("anki-csv"), whole_bank, titles, "csv") as imported:
        yield imported


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
    assert_one_new_note_per_question(
        collection,
        log,
        whole_bank,
        (
            "updated",
            "duplicate",
            "conflicting",
            "first_field_match",
            "missing_notetype",
            "missing_deck",
            "empty_first_field",
        ),
    )
    assert log.found_notes == len(log.new)


def test_decks_tags_note_types_and_cloze_cards_are_as_intended(bank_in_anki, whole_bank):
    _, collection, _ = bank_in_anki
    for deck, question, note in question_notes(collection, whole_bank):
        cloze = question.type is QuestionType.CLOZE
        assert note.note_type()["name"] == ("Cloze" if cloze else "Basic"), question.id
        assert_in_its_deck_with_its_tags_and_one_card(collection, deck, question, note)


def test_fields_arrive_exactly_as_written(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    notes = collection.notes()
    for note in notes_for_decks(whole_bank, titles):
        assert notes[note.guid].fields == [note.front, note.back]


def test_student_sees_every_character_unchanged(bank_in_anki, whole_bank, titles):
    _, collection, _ = bank_in_anki
    assert_student_sees_every_part(collection, whole_bank, titles)


def test_importing_the_same_file_again_adds_and_changes_nothing(bank_in_anki):
    path, collection, _ = bank_in_anki
    assert_importing_again_changes_nothing(collection, path)


def test_importing_an_edited_export_updates_those_notes_in_place(anki, edge_decks, titles, tmp_path):
    first = tmp_path / "first.csv"
    export_decks(edge_decks, "csv", first, titles)
    anki.import_csv(first)
    ids_before = {guid: note.id for guid, note in anki.notes().items()}
    deck = edge_decks[0]
    edited = [
        dataclasses.replace(deck.questions[0], answer="Filastin (edited) & <more>"),
        *deck.questions[1:3],
        dataclasses.replace(deck.questions[3], text=deck.questions[3].text.replace("payment", "sum")),
        *deck.questions[4:],
    ]
    second = tmp_path / "second.csv"
    export_decks([dataclasses.replace(deck, questions=edited)], "csv", second, titles)
    log = anki.import_csv(second)
    assert (len(log.new), len(log.updated)) == (0, 2)
    notes = anki.notes()
    assert {guid: note.id for guid, note in notes.items()} == ids_before
    assert "Filastin (edited) &amp; &lt;more&gt;" in notes[expected_guid(edited[0])].fields[1]
    assert "{{c1::€13 million}} sum" in notes[expected_guid(edited[3])].fields[0]


def test_a_field_with_a_carriage_return_tab_quote_or_hash_arrives_whole(anki, tmp_path):
    awkward = '#first\rsecond\tthird "quoted"\r\nfourth'
    note = AnkiNote("csv-awkward-1", "quizapp::Edge", False, awkward, "back\r", "", "", "", ("edge",))
    path = tmp_path / "awkward.csv"
    path.write_text(anki_csv_text([note]), encoding="utf-8", newline="")
    log = anki.import_csv(path)
    assert len(log.new) == 1
    # One note, every tab, quote, '#' and line break kept: only the carriage returns Anki drops by itself.
    assert anki.notes()["csv-awkward-1"].fields == [note.front.replace("\r", ""), note.back.replace("\r", "")]
