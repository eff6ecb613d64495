"""The password rules on their own: the shipped list of the 10,000 most common passwords, and each refusal."""

from __future__ import annotations

from quizapp.passwords import common_passwords, password_problem
from quizapp.usernames import lookalike_problem, username_key


def test_the_common_list_holds_the_10000_most_common_passwords():
    common = common_passwords()
    assert len(common) == 10_000
    assert {"123456", "password", "qwerty", "iloveyou", "dragon", "letmein"} <= common


def test_a_long_unusual_password_passes():
    assert password_problem("correct horse battery", "amira") is None


def test_folding_catches_the_common_ones_in_capitals_or_full_width():
    assert password_problem("PASSWORD", "amira") and password_problem("ｐａｓｓｗｏｒｄ", "amira")


def test_username_keys_fold_case_and_compatibility_forms():
    assert username_key(" Ä\u0308NNE ".replace("Ä\u0308", "A\u0308")) == username_key("änne") == "änne"
    assert lookalike_problem("аlice") and lookalike_problem("alice") is None
