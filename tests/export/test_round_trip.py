"""Round trip: export -> import into quizapp YAML -> export again gives the same notes, directly and
through the real Anki (its own CSV export of notes it imported from our CSV or .apkg)."""

from __future__ import annotations

import pytest

from quizapp.bank import load_bank
from quizapp.export import deck_yaml, export_decks, import_anki_csv, notes_for_decks
from quizapp.export.anki_csv import anki_csv_text
from tests.export.anki_helpers import ROOT


def reimported(path, title: str, tmp_path):
    """Import an Anki CSV as a deck titled `title`, write it as YAML, and load it back strictly."""
    yaml_path = tmp_path / "round-trip.yaml"
    yaml_path.write_text(deck_yaml(title, import_anki_csv(path, title), path.name), encoding="utf-8")
    bank = load_bank([yaml_path], ROOT)
    assert not bank.problems, "\n".join(map(str, bank.problems[:20]))
    return bank.decks


def comparable(notes) -> dict:
    """Key notes by GUID, with tags as Anki compares them (a set, case ignored) and the deck left out."""
    return {
        n.guid: (
            n.cloze,
            n.question,
            n.answer,
            n.explanation,
            n.source,
            n.hint,
            frozenset(t.casefold() for t in n.tags),
        )
        for n in notes
    }


def test_every_deck_of_the_bank_comes_back_as_the_same_notes(whole_bank, titles, tmp_path):
    for deck in whole_bank:
        first = tmp_path / "first.csv"
        export_decks([deck], "csv", first, titles)
        again = notes_for_decks(reimported(first, deck.title, tmp_path), titles)
        assert again == notes_for_decks([deck], titles), deck.key
        assert anki_csv_text(again) == first.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "apkg"])
def test_notes_anki_imported_from_our_export_and_exported_again_come_back_the_same(
    anki, whole_bank, titles, tmp_path, fmt
):
    ours = tmp_path / f"ours.{fmt}"
    export_decks(whole_bank, fmt, ours, titles)
    anki.import_file(ours)
    theirs = anki.export_notes_csv(tmp_path / "from-anki.txt")
    again = notes_for_decks(reimported(theirs, "From Anki", tmp_path), titles)
    assert comparable(again) == comparable(notes_for_decks(whole_bank, titles))
