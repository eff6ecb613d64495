"""Loading a bank: the sample decks, every field read, files found in folders, and the problems' shape."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank import QuestionType, Source, load_bank
from quizapp.bank.loader import deck_key, find_question_files
from tests.conftest import DATA, ROOT

QUESTION = """deck: Sample
questions:
  - id: q1
    type: short
    prompt: Which year?
    answer: {answer}
"""


def write(path: Path, text: str) -> Path:
    """Write a UTF-8 file, making its folders, and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_sample_bank_loads_clean():
    result = load_bank([DATA / "bank"], ROOT)
    assert result.problems == [] and result.failed_files == []
    assert (result.files_read, result.question_count) == (2, 6)
    assert [d.key for d in result.decks] == ["kuwait", "qatar"]


def test_every_field_of_a_question_is_read():
    kuwait = load_bank([DATA / "bank" / "kuwait.yaml"], ROOT).decks[0]
    assert (kuwait.title, kuwait.tags) == ("Kuwait–Palestine relations (sample)", ("kuwait",))
    short, choice, cloze, card = kuwait.questions
    assert (short.id, short.type, short.answer, short.accept, short.tags) == (
        "sample-kuwait-embassy-reopened",
        QuestionType.SHORT,
        "2013",
        ("in 2013",),
        ("date",),
    )
    assert short.source == Source(
        article="seeds/000_239a2713105e4f37.txt",
        section="Apology and restoration of ties",
        paragraph=2,
        quote="In 2013, the Embassy of Palestine in Kuwait was reopened.",
    )
    assert short.source.anchor == "apology-and-restoration-of-ties-p2"
    assert choice.choices == ("Yasser Arafat", "Mahmoud Abbas", "Al Tayeb Abdul Rahim", "Saddam Hussein")
    assert (choice.fact, cloze.fact) == ("kuwait-apology-2004", "kuwait-apology-2004")
    assert (cloze.cloze_answers, cloze.expected_answer, cloze.answer) == (["2004"], "2004", "")
    assert cloze.front.startswith("In […], Mahmoud Abbas")
    assert (card.type, card.answer, card.line) == (QuestionType.FLASHCARD, "US$2 million", 43)


def test_cloze_hints_and_several_gaps(tmp_path):
    deck = write(
        tmp_path / "c.yaml",
        "deck: C\nquestions:\n  - id: c1\n    type: cloze\n"
        '    text: "In {{2004}}, {{Mahmoud Abbas::who?}} apologised."\n',
    )
    question = load_bank([deck], ROOT).decks[0].questions[0]
    assert question.cloze_answers == ["2004", "Mahmoud Abbas"]
    assert question.front == "In […], [who?] apologised."


def test_numbers_are_taken_as_written(tmp_path):
    result = load_bank([write(tmp_path / "n.yaml", QUESTION.format(answer="0123"))], ROOT)
    assert result.decks[0].questions[0].answer == "0123"


def test_section_names_are_matched_loosely_but_stored_as_in_the_article(tmp_path):
    text = QUESTION.format(answer='"2013"') + (
        "    source:\n      article: seeds/000_239a2713105e4f37.txt\n      section: apology AND restoration of ties\n"
        "      paragraph: 2\n      quote: |\n        In 2013, the Embassy of Palestine\n        in Kuwait was reopened.\n"
    )
    source = load_bank([write(tmp_path / "s.yaml", text)], ROOT).decks[0].questions[0].source
    assert (source.section, source.quote) == (
        "Apology and restoration of ties",
        "In 2013, the Embassy of Palestine in Kuwait was reopened.",
    )


def test_folders_are_searched_recursively_and_keys_are_paths(tmp_path):
    write(tmp_path / "b.yml", QUESTION.format(answer="1").replace("q1", "b1"))
    write(tmp_path / "sub" / "a.yaml", QUESTION.format(answer="2").replace("q1", "a1"))
    write(tmp_path / "notes.txt", "not a deck")
    files = find_question_files([tmp_path])
    assert [deck_key(f, base) for f, base in files] == ["b", "sub/a"]
    assert [d.key for d in load_bank([tmp_path], ROOT).decks] == ["b", "sub/a"]


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + QUESTION.format(answer="1").encode())
    assert load_bank([path], ROOT).question_count == 1


def test_a_missing_path_is_a_problem(tmp_path):
    result = load_bank([tmp_path / "nowhere.yaml"], ROOT)
    assert [(p.line, p.column, p.message) for p in result.problems] == [(1, 1, "no such file or folder")]
    assert result.failed_keys == ["nowhere"]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "a.yaml", "deck: [\n")
    write(tmp_path / "b.yaml", QUESTION.format(answer="1"))
    result = load_bank([tmp_path], ROOT)
    assert [d.key for d in result.decks] == ["b"]
    assert result.failed_keys == ["a"] and len(result.problems) == 1


def test_problems_are_sorted_by_position_within_a_file(tmp_path):
    text = "deck: X\nzzz: 1\nquestions:\n  - id: q1\n    type: short\n    prompt: ''\n    answer: ''\n    aaa: 2\n"
    problems = load_bank([write(tmp_path / "x.yaml", text)], ROOT).problems
    assert [(p.line, p.column) for p in problems] == sorted((p.line, p.column) for p in problems)
    assert len(problems) == 4
