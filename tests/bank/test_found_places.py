"""`section` and `paragraph` may be left out: the validator finds the quote, and `validate --fix` writes them in."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank import load_bank
from quizapp.bank.fixes import fixed_text, yaml_scalar
from tests.conftest import ROOT, make_app

KUWAIT = "seeds/000_239a2713105e4f37.txt"
QATAR = "seeds/002_a18f7fef74fb85f7.txt"
DECK = f"""# My deck: a comment that must survive --fix
deck: Found places
questions:
  - id: found-embassy   # the embassy
    type: short
    prompt: In what year was the Embassy of Palestine in Kuwait reopened?
    answer: "2013"
    source:
      article: {KUWAIT}
      quote: "In 2013, the Embassy of Palestine in Kuwait was reopened."

  - id: found-mediation
    type: flashcard
    prompt: What has Qatar done between the Palestinians and Israel?
    answer: Mediated
    source:
        article: {QATAR}
        section: Qatar's Mediation in the Palestinian-Israeli Conflict
        quote: Qatar
  - id: found-said-so
    type: short
    prompt: Which year?
    answer: "2004"
    source:
      article: {KUWAIT}
      section: Apology and restoration of ties
      paragraph: 1
      quote: "In 2004, Mahmoud Abbas made formal apology"
"""


def write_deck(folder: Path, text: str = DECK) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "found.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_quote_alone_is_enough_and_the_source_gets_its_section_and_paragraph(tmp_path):
    result = load_bank([write_deck(tmp_path / "q")], ROOT)
    assert result.problems == []
    sources = {q.id: q.source for q in result.decks[0].questions}
    assert (sources["found-embassy"].section, sources["found-embassy"].paragraph) == (
        "Apology and restoration of ties",
        2,
    )
    assert sources["found-embassy"].anchor == "apology-and-restoration-of-ties-p2"
    assert sources["found-mediation"].paragraph == 1
    assert [(p.section, p.paragraph) for _, places in result.found_places for p in places] == [
        ("Apology and restoration of ties", 2),
        (None, 1),
    ]


def test_fix_writes_the_lines_in_and_keeps_comments_layout_and_the_rest(tmp_path):
    path = write_deck(tmp_path / "q")
    places = load_bank([path], ROOT).found_places[0][1]
    text, written = fixed_text(DECK, places)
    assert written == 2
    expected = DECK.replace(
        '      quote: "In 2013',
        '      section: Apology and restoration of ties\n      paragraph: 2\n      quote: "In 2013',
        1,
    )
    expected = expected.replace("        quote: Qatar", "        paragraph: 1\n        quote: Qatar", 1)
    assert text == expected
    path.write_text(text, encoding="utf-8")
    again = load_bank([path], ROOT)
    assert again.problems == [] and again.found_places == []


def test_yaml_scalar_quotes_only_what_needs_it():
    assert yaml_scalar("History") == "History"
    assert yaml_scalar("Qatar's Mediation") == "Qatar's Mediation"
    assert yaml_scalar("Note: this") == '"Note: this"'
    assert yaml_scalar("yes") == '"yes"'
    assert yaml_scalar("2003 - Present") == "2003 - Present"


def test_validate_fix_through_the_cli_writes_once_then_reports_clean(tmp_path):
    folder = tmp_path / "questions"
    path = write_deck(folder, DECK.replace("\n", "\r\n"))
    app = make_app(tmp_path, questions_dir=folder)
    runner = app.test_cli_runner()
    before = runner.invoke(args=["validate", str(path)])
    assert before.exit_code == 0 and path.read_bytes() == DECK.replace("\n", "\r\n").encode()  # no --fix: no write
    fixed = runner.invoke(args=["validate", "--fix", str(path)])
    assert fixed.exit_code == 0, fixed.output
    assert "wrote the section and paragraph of 2 sources" in fixed.output
    assert fixed.output.rstrip().endswith("1 file checked, 3 valid questions, 0 errors")
    raw = path.read_bytes()
    assert b"\r\n      section: Apology and restoration of ties\r\n      paragraph: 2\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line end still CRLF
    assert b"# My deck: a comment that must survive --fix" in raw and b"# the embassy" in raw
    second = runner.invoke(args=["validate", "--fix", str(path)])
    assert "wrote" not in second.output and path.read_bytes() == raw


def test_validate_fix_leaves_a_flow_source_and_an_ambiguous_quote_for_the_teacher(tmp_path):
    folder = tmp_path / "questions"
    text = (
        "deck: D\nquestions:\n  - id: flow\n    type: short\n    prompt: P\n    answer: A\n"
        f'    source: {{article: {KUWAIT}, quote: "In 2013, the Embassy of Palestine"}}\n'
        "  - id: two-places\n    type: short\n    prompt: P\n    answer: A\n"
        f"    source:\n      article: {KUWAIT}\n      quote: Gulf War\n"
    )
    path = write_deck(folder, text)
    runner = make_app(tmp_path, questions_dir=folder).test_cli_runner()
    result = runner.invoke(args=["validate", "--fix", str(path)])
    assert result.exit_code == 1
    assert "wrote the section and paragraph of 0 sources" in result.output
    assert "found.yaml:14:14: the quote stands in 2 places" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_one_file_is_still_checked_against_the_whole_bank(tmp_path):
    folder = tmp_path / "questions"
    (folder / "sub").mkdir(parents=True)
    runner = make_app(tmp_path, questions_dir=folder).test_cli_runner()  # files the database has not seen yet
    (folder / "taken.yaml").write_text(
        "deck: T\nquestions:\n  - id: shared\n    type: short\n    prompt: P\n    answer: A\n", encoding="utf-8"
    )
    new = folder / "sub" / "new.yaml"
    new.write_text(
        "deck: N\nquestions:\n  - id: shared\n    type: short\n    prompt: Q\n    answer: B\n", encoding="utf-8"
    )
    for target in (new, folder / "sub"):
        result = runner.invoke(args=["validate", "--fix", str(target)])
        assert result.exit_code == 1
        assert "new.yaml:3:9: duplicate id 'shared' (first used at" in result.output
        assert "taken.yaml:3:9)" in result.output
