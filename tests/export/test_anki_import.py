"""Importing Anki CSV files into question YAML: files with and without header lines, Anki's own export,
and clear errors, with their lines, for notes that cannot become questions."""

from __future__ import annotations

import pytest

from quizapp.bank import load_bank
from quizapp.export import AnkiImportError, deck_yaml, export_decks, import_anki_csv
from quizapp.export.guids import note_guid, question_id_for_guid
from tests.export.anki_helpers import EDGE_CASES, ROOT


def load_imported(questions: list[dict], title: str, tmp_path):
    """Write imported questions as a deck file and load it as `quizapp validate` would; return the deck."""
    path = tmp_path / "imported.yaml"
    path.write_text(deck_yaml(title, questions, "test"), encoding="utf-8")
    bank = load_bank([path], ROOT)
    assert not bank.problems, "\n".join(map(str, bank.problems))
    return bank.decks[0]


def test_a_file_without_header_lines_gives_flashcards_and_one_cloze_per_card(tmp_path):
    questions = import_anki_csv(EDGE_CASES / "headerless.txt", "Geography")
    deck = load_imported(questions, "Geography", tmp_path)
    by_type = [(q.type.value, q.prompt or q.text, q.answer, q.tags) for q in deck.questions]
    assert by_type == [
        ("flashcard", "What is the capital of France?", "Paris", ("geography", "europe")),
        ("cloze", "{{Paris}} is the capital of France.", "", ("geography",)),
        ("cloze", "Paris is the capital of {{France::country}}.", "", ("geography",)),
        ("flashcard", "A front with a\ttab", 'A back with "quotes" & €', ()),
    ]
    siblings = deck.questions[1:3]
    assert siblings[0].fact == siblings[1].fact and siblings[0].explanation == "A cloze with two cards."
    again = import_anki_csv(EDGE_CASES / "headerless.txt", "Geography")
    assert [q["id"] for q in again] == [q.id for q in deck.questions]  # ids are stable across imports


def test_notes_that_cannot_be_mapped_are_all_reported_with_their_lines():
    with pytest.raises(AnkiImportError) as caught:
        import_anki_csv(EDGE_CASES / "unmappable.txt", "Broken")
    lines = caught.value.lines
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in lines] == ["6", "7", "8", "9", "10"]
    text = "\n".join(lines)
    for words in (
        "note type 'Image Occlusion' cannot be mapped",
        "<img> media",
        "the Back is empty",
        "no deletion like {{c1::answer}}",
        "[sound:bark.mp3]",
    ):
        assert words in text


def test_an_empty_file_and_a_file_that_is_not_utf8_are_refused(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("#separator:tab\n#html:true\n", encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("caf\xe9\tcoffee\n".encode("latin-1"))
    for path, words in ((empty, "holds no notes"), (latin, "not UTF-8")):
        with pytest.raises(AnkiImportError, match=words):
            import_anki_csv(path, "Deck")


def test_a_csv_that_anki_itself_exported_comes_back_as_the_same_questions(anki, edge_decks, titles, tmp_path):
    ours = tmp_path / "ours.csv"
    export_decks(edge_decks, "csv", ours, titles)
    anki.import_csv(ours)
    theirs = anki.export_notes_csv(tmp_path / "from-anki.txt")
    deck = load_imported(import_anki_csv(theirs, edge_decks[0].title), edge_decks[0].title, tmp_path)
    original = {q.id: q for q in edge_decks[0].questions}
    assert set(original) == {q.id for q in deck.questions}
    for question in deck.questions:
        before = original[question.id]
        assert (
            question.type,
            question.prompt,
            question.text,
            question.answer,
            question.accept,
            question.choices,
            question.explanation,
            question.hint,
            question.source,
        ) == (
            before.type,
            before.prompt,
            before.text,
            before.answer,
            before.accept,
            before.choices,
            before.explanation,
            before.hint,
            before.source,
        )


def test_guids_of_other_decks_are_kept_inside_the_question_id():
    for guid in ("f3Xk!#b`q9", "quizapp:sample-kuwait-apology", "a" * 200, "#starts with a hash"):
        qid = question_id_for_guid(guid)
        assert len(qid) <= 120 and qid[0].isalnum()
        if len(guid) < 60:
            assert note_guid(qid) == guid
    assert note_guid("anki-cards") == "quizapp:anki-cards"  # a hand-written id that only looks encoded


def test_typed_answer_notes_and_comma_separated_files_are_understood(tmp_path):
    typed = tmp_path / "typed.txt"
    typed.write_text(
        "#separator:Comma\n#html:false\n#notetype:Basic (type in the answer)\n"
        '"Capital of Italy, in English?",Rome,europe\n# a comment line\n1 < 2 & 3?,yes\n',
        encoding="utf-8",
    )
    questions = import_anki_csv(typed, "Typed")
    assert [(q["type"], q["prompt"], q["answer"], q.get("tags")) for q in questions] == [
        ("short", "Capital of Italy, in English?", "Rome", ["europe"]),
        ("short", "1 < 2 & 3?", "yes", None),
    ]


def test_a_row_the_csv_reader_cannot_read_is_reported_with_its_line(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(f'#separator:tab\nfront\tback\nfront\t"{"x" * 200_000}"\n', encoding="utf-8")
    with pytest.raises(AnkiImportError, match=r"huge.txt:3: cannot read this row"):
        import_anki_csv(huge, "Huge")


def test_a_path_that_cannot_be_read_is_refused_with_its_reason(tmp_path):
    folder = tmp_path / "notes.txt"
    folder.mkdir()  # a folder where a file is expected: reading it fails whoever runs the test
    with pytest.raises(AnkiImportError, match=r"notes.txt: cannot read the file \(Is a directory\)"):
        import_anki_csv(folder, "Deck")
