"""questions/schema.json: a valid draft 2020-12 schema that accepts the sample bank and rejects bad decks."""

from __future__ import annotations

import json

import pytest
import yaml
from jsonschema import Draft202012Validator

from quizapp.bank.deckfile import DECK_KEYS, QUESTION_KEYS, TYPES
from quizapp.bank.rules import NEEDS
from quizapp.bank.sources import SOURCE_KEYS
from tests.conftest import DATA, ROOT

SCHEMA = json.loads((ROOT / "questions" / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_names_the_same_keys_and_types_as_the_validator():
    question = SCHEMA["$defs"]["question"]
    assert tuple(SCHEMA["properties"]) == DECK_KEYS
    assert tuple(question["properties"]) == QUESTION_KEYS
    assert tuple(SCHEMA["$defs"]["source"]["properties"]) == SOURCE_KEYS
    assert tuple(question["properties"]["type"]["enum"]) == TYPES
    required = {
        rule["if"]["properties"]["type"]["const"]: tuple(rule["then"]["required"]) for rule in question["allOf"]
    }
    assert required == {str(t): needs for t, needs in NEEDS.items()}


@pytest.mark.parametrize("path", sorted((DATA / "bank").glob("*.yaml")), ids=lambda p: p.name)
def test_the_sample_bank_is_accepted(path):
    assert list(VALIDATOR.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))) == []


@pytest.mark.parametrize(
    "name",
    [
        "unknown_key_typo",
        "unknown_key_top_level",
        "unknown_key_source",
        "missing_questions",
        "missing_id",
        "missing_answer",
        "empty_prompt",
        "empty_questions_list",
        "unknown_type_typo",
        "bad_id_characters",
        "choice_one_option",
        "choice_answer_twice",
        "choice_without_choices",
        "cloze_with_answer",
        "cloze_without_gap",
        "accept_on_choice",
        "choices_on_flashcard",
        "wrong_type_list_for_text",
        "wrong_type_text_for_number",
        "wrong_type_mapping_for_list",
        "wrong_type_text_for_tags",
        "wrong_type_boolean_answer",
        "wrong_type_text_for_source",
        "source_missing_quote",
        "source_paragraph_zero",
    ],
)
def test_bad_decks_are_rejected(name):
    document = yaml.safe_load((DATA / "bad" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(document)) != []
