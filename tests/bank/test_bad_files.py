"""Every malformed file in tests/data/bad/ is reported with its exact `path:line:column: message`.

Each file is small and named for what it shows; add a row here when you add a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank import load_bank
from tests.conftest import DATA, ROOT

# (file or folder under bad/, the problems expected: "line:column: message", or a full path for folders)
EXPECTED = [
    ("accept_on_choice.yaml", ["8:5: 'accept' is only for questions of type 'short', not 'choice'"]),
    (
        "bad_id_characters.yaml",
        [
            "3:9: id 'embassy reopened?' may hold only letters, digits, '-', '_' and '.' (at most 120, starting with a letter or digit)"
        ],
    ),
    (
        "choice_answer_case_differs.yaml",
        [
            "7:14: 'choices' must contain the answer 'Mahmoud Abbas' exactly as written; 'mahmoud abbas' differs only in capitals or spacing"
        ],
    ),
    ("choice_answer_missing.yaml", ["7:14: 'choices' must contain the answer '2013' exactly as written"]),
    ("choice_answer_twice.yaml", ["7:31: the answer '2013' is listed twice in 'choices' (items 1 and 3)"]),
    ("choice_one_option.yaml", ["7:14: 'choices' needs at least 2 items, found 1"]),
    ("choice_repeated_option.yaml", ["10:9: choice 'yasser  arafat' repeats item 2 of 'choices'"]),
    ("choice_without_choices.yaml", ["3:5: question 'q1' of type 'choice' is missing required key 'choices'"]),
    ("choices_on_flashcard.yaml", ["7:5: 'choices' is only for questions of type 'choice', not 'flashcard'"]),
    (
        "cloze_gap_not_closed.yaml",
        ["5:15: the cloze gap opened at column 15 is not closed; end it with '}}', as in {{answer}}"],
    ),
    (
        "cloze_unclosed_gap.yaml",
        ["5:39: the cloze gap opened at column 39 is not closed; end it with '}}', as in {{answer}}"],
    ),
    (
        "cloze_with_answer.yaml",
        ["6:5: a cloze question takes its answers from the {{gaps}} in 'text'; remove 'answer'"],
    ),
    ("cloze_without_gap.yaml", ["5:11: cloze 'text' has no gap; mark each answer as {{answer}} or {{answer::hint}}"]),
    (
        "duplicate_id_across_files",
        [
            "duplicate_id_across_files/second.yaml:3:9: duplicate id 'q1' (first used at bad/duplicate_id_across_files/first.yaml:3:9); every question needs its own id"
        ],
    ),
    (
        "duplicate_id_same_file.yaml",
        ["7:9: duplicate id 'q1' (first used at bad/duplicate_id_same_file.yaml:3:9); every question needs its own id"],
    ),
    ("empty_deck_title.yaml", ["1:7: 'deck' is empty"]),
    ("empty_file.yaml", ["1:1: file is empty; expected a mapping with 'deck' and 'questions' at the top"]),
    ("empty_prompt.yaml", ["5:12: 'prompt' is empty"]),
    ("empty_questions_list.yaml", ["2:12: 'questions' is empty; a deck needs at least one question"]),
    ("missing_answer.yaml", ["3:5: question 'q1' of type 'short' is missing required key 'answer'"]),
    ("missing_deck_title.yaml", ["1:1: the deck file is missing required key 'deck'"]),
    ("missing_id.yaml", ["3:5: question 1 is missing required key 'id'"]),
    ("missing_questions.yaml", ["1:1: the deck file is missing required key 'questions'"]),
    ("missing_type.yaml", ["3:5: question 'q1' is missing required key 'type'"]),
    ("not_mapping_list.yaml", ["1:1: expected a mapping with 'deck' and 'questions' at the top, found a list"]),
    ("not_mapping_text.yaml", ["1:1: expected a mapping with 'deck' and 'questions' at the top, found text"]),
    ("not_utf8.yaml", ["1:10: file is not UTF-8 text (byte 0xe9); save it as UTF-8 in your editor"]),
    ("only_comments.yaml", ["1:1: file is empty; expected a mapping with 'deck' and 'questions' at the top"]),
    (
        "source_article_missing.yaml",
        [
            "8:16: source article 'seeds/000_239a2713105e4f36.txt' does not exist (did you mean 'seeds/000_239a2713105e4f37.txt'?)"
        ],
    ),
    (
        "source_ambiguous_quote.yaml",
        [
            "9:14: the quote stands in 2 places (section 'Expulsion of Palestinians after Gulf War' paragraph 1, section 'Apology and restoration of ties' paragraph 1); add 'section:' and 'paragraph:' to say which, or quote more of the sentence"
        ],
    ),
    (
        "source_article_number_only.yaml",
        ["8:16: source article 'seeds/002.txt' does not exist (did you mean 'seeds/002_a18f7fef74fb85f7.txt'?)"],
    ),
    (
        "source_article_outside_project.yaml",
        ["8:16: source article '/etc/hostname' must be a path inside the project folder, such as 'seeds/<file>.txt'"],
    ),
    ("source_missing_quote.yaml", ["8:7: source is missing required key 'quote'"]),
    (
        "source_paragraph_out_of_range.yaml",
        ["10:18: section 'Apology and restoration of ties' has 3 paragraphs, not 7"],
    ),
    (
        "source_paragraph_without_section_wrong.yaml",
        [
            "9:18: paragraph 3 of its section does not hold the quote; it is in section 'Apology and restoration of ties' paragraph 2"
        ],
    ),
    (
        "source_paragraph_wrong.yaml",
        [
            "10:18: section 'Apology and restoration of ties' paragraph 1 does not hold the quote; it is in section 'Apology and restoration of ties' paragraph 2"
        ],
    ),
    ("source_paragraph_zero.yaml", ["10:18: 'paragraph' must be 1 or more (paragraphs are counted from 1)"]),
    (
        "source_quote_not_verbatim.yaml",
        [
            "11:14: quote is not verbatim in 'seeds/000_239a2713105e4f37.txt'; copy the sentence from the article exactly; did you mean: \"In 2013, the Embassy of Palestine in Kuwait was reopened.\" (section 'Apology and restoration of ties' paragraph 2)?"
        ],
    ),
    (
        "source_quote_straight_apostrophe.yaml",
        [
            "11:14: quote is not verbatim in 'seeds/000_239a2713105e4f37.txt' (section 'Expulsion of Palestinians after Gulf War' paragraph 2 holds it with other quote marks, dashes or capitals); copy the sentence from the article exactly"
        ],
    ),
    (
        "source_section_misspelt_start.yaml",
        [
            "9:16: section 'Qatars Mediation' not found in 'seeds/002_a18f7fef74fb85f7.txt' (did you mean \"Qatar's Mediation in the Palestinian-Israeli Conflict\"?); its sections are 'Introduction', 'History', \"Qatar's Mediation in the Palestinian-Israeli Conflict\", 'See also'"
        ],
    ),
    (
        "source_section_not_found.yaml",
        [
            "9:16: section 'Apology and restoration of tie' not found in 'seeds/000_239a2713105e4f37.txt' (did you mean 'Apology and restoration of ties'?); its sections are 'Introduction', 'History', 'Expulsion of Palestinians after Gulf War', 'Apology and restoration of ties', 'See also'"
        ],
    ),
    ("unknown_key_no_suggestion.yaml", ["7:5: unknown key 'colour' in question 'q1'"]),
    ("unknown_key_source.yaml", ["10:7: unknown key 'paragrah' in source (did you mean 'paragraph'?)"]),
    ("unknown_key_synonym.yaml", ["7:5: unknown key 'options' in question 'q1' (did you mean 'choices'?)"]),
    ("unknown_key_top_level.yaml", ["2:1: unknown key 'decription' in the deck file (did you mean 'description'?)"]),
    ("unknown_key_typo.yaml", ["5:5: unknown key 'promt' in question 'q1' (did you mean 'prompt'?)"]),
    (
        "unknown_type_synonym.yaml",
        [
            "4:11: unknown question type 'multiple-choice' (did you mean 'choice'?); expected one of: short, choice, cloze, flashcard"
        ],
    ),
    (
        "unknown_type_typo.yaml",
        [
            "4:11: unknown question type 'flashcards' (did you mean 'flashcard'?); expected one of: short, choice, cloze, flashcard"
        ],
    ),
    (
        "wrong_type_boolean_answer.yaml",
        [
            "6:13: 'answer' must be text, not true/false (YAML reads an unquoted yes, no, on, off, true or false as true/false); put it in quotes: \"yes\""
        ],
    ),
    ("wrong_type_list_for_text.yaml", ["5:13: 'prompt' must be text, not a list"]),
    ("wrong_type_list_item.yaml", ["7:14: item 1 of 'accept' must be text, not a list"]),
    (
        "wrong_type_mapping_for_list.yaml",
        ["3:3: 'questions' must be a list of questions (each starting with '- id:'), not a mapping"],
    ),
    ("wrong_type_question_not_mapping.yaml", ["3:5: question 1 must be a mapping of keys (id:, type:, ...), not text"]),
    ("wrong_type_text_for_number.yaml", ["10:18: 'paragraph' must be a whole number such as 2, not text"]),
    (
        "wrong_type_text_for_source.yaml",
        ["7:13: 'source' must be a mapping (keys on their own indented lines), not text"],
    ),
    ("wrong_type_text_for_tags.yaml", ["2:7: 'tags' must be a list, not text; write it as [kuwait]"]),
    ("yaml_alias_bomb.yaml", ["3:3: 'description' must be text, not a list"]),
    (
        "yaml_bad_indentation.yaml",
        ["5:4: YAML syntax error: this line's indentation does not match the lines above it"],
    ),
    (
        "yaml_cloze_starts_with_brace.yaml",
        [
            "5:20: YAML syntax error: a value that starts with '{' or '[' is read as a mapping or list; put the whole value in quotes, e.g. text: \"{{2013}} was the year\""
        ],
    ),
    (
        "yaml_colon_in_value.yaml",
        [
            "5:17: YAML syntax error: unexpected ':'; put a value that holds ': ' in quotes, or check this line's indentation"
        ],
    ),
    (
        "yaml_control_character.yaml",
        ["1:10: YAML syntax error: the file holds a control character (#x0007) that YAML does not allow"],
    ),
    (
        "yaml_duplicate_key.yaml",
        ["7:5: duplicate key 'prompt' (first on line 5); a key may appear only once in a mapping"],
    ),
    ("yaml_missing_colon.yaml", ["4:5: YAML syntax error: this line needs a ':' after its key (key: value)"]),
    ("yaml_nested_too_deeply.yaml", ["2:114: YAML is nested too deeply (more than 100 levels of '[' or '{')"]),
    (
        "yaml_python_tag.yaml",
        [
            "3:5: YAML tag '!!python/object:os.system' is not allowed; question files hold only text, numbers, lists and mappings"
        ],
    ),
    (
        "yaml_quote_open_until_next_line.yaml",
        ["6:14: YAML syntax error: the quote opened on line 5 is not closed before this line"],
    ),
    (
        "yaml_recursive_alias.yaml",
        [
            "2:12: YAML alias refers to a value that contains it; an alias (*name) must point to an anchor (&name) defined outside it"
        ],
    ),
    ("yaml_tab_indentation.yaml", ["4:1: YAML syntax error: a tab character; indent with spaces, never tabs"]),
    (
        "yaml_two_documents.yaml",
        ["7:1: YAML syntax error: a second document starts here ('---'); a file holds exactly one deck"],
    ),
    (
        "yaml_unclosed_list.yaml",
        [
            "7:14: YAML syntax error: the '[' opened here is not closed, or its items lack a ',' between them; put text that starts with '[' in quotes"
        ],
    ),
    (
        "yaml_unclosed_quote.yaml",
        ["5:13: YAML syntax error: this quote is never closed; end the value with the same quote mark"],
    ),
    ("yaml_undefined_alias.yaml", ["6:13: YAML syntax error: alias '*year' has no anchor '&year' before it"]),
    (
        "yaml_unknown_escape.yaml",
        [
            "1:20: YAML syntax error: unknown escape '\\d' in \"double quotes\"; write a backslash as \\\\ or use 'single quotes'"
        ],
    ),
]


@pytest.mark.parametrize("name, expected", EXPECTED, ids=[name for name, _ in EXPECTED])
def test_bad_file_is_reported_exactly(name, expected, monkeypatch):
    monkeypatch.chdir(DATA)  # problems name files as shown relative to the working folder
    target = Path("bad") / name
    result = load_bank([target], ROOT)
    prefix = "bad/" if target.is_dir() else f"bad/{name}:"
    assert [str(p) for p in result.problems] == [prefix + line for line in expected]
    assert result.failed_files and result.question_count == sum(len(d.questions) for d in result.decks)


def test_every_bad_file_has_a_row():
    covered = {name for name, _ in EXPECTED}
    on_disk = {p.name for p in (DATA / "bad").iterdir()}
    assert on_disk == covered
    assert len(list((DATA / "bad").rglob("*.yaml"))) >= 30


def test_no_bad_file_yields_a_deck():
    result = load_bank([DATA / "bad"], ROOT)
    assert result.decks == []
    assert len(result.failed_files) == result.files_read == len(list((DATA / "bad").rglob("*.yaml")))
