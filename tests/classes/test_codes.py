"""Join codes: 8 characters without look-alikes, read back however a student types them, unique per class."""

from __future__ import annotations

from quizapp.classes.codes import ALPHABET, CODE_LENGTH, random_code, read_code, shown_code
from quizapp.classes.rooms import create_class, replace_code
from quizapp.db import db
from quizapp.models import SchoolClass, User


def test_codes_are_8_characters_without_0_o_1_i_or_l_and_do_not_repeat():
    codes = {random_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(code) == CODE_LENGTH == 8 and set(code) <= set(ALPHABET) for code in codes)
    assert not set("0O1IL") & set(ALPHABET)
    assert set("".join(codes)) == set(ALPHABET)  # every character of the alphabet is used


def test_a_typed_code_is_read_in_any_case_with_spaces_or_dashes_and_a_wrong_one_is_none():
    assert read_code(" qata-r234 ") == read_code("QATA R234") == read_code("qatar234") == "QATAR234"
    assert shown_code("QATAR234") == "QATA-R234" and read_code(shown_code("QATAR234")) == "QATAR234"
    for wrong in ("", "QATAR23", "QATAR2345", "QATAR230", "QATAROOO", "<script>", "qatar2l4"):
        assert read_code(wrong) is None, wrong


def test_each_class_gets_its_own_code_and_a_new_code_replaces_the_old(school):
    teacher = db.session.get(User, school.teacher_id)
    others = [create_class(db.session, teacher, f"class {n}") for n in range(30)]
    codes = [school.join_code, *(other.join_code for other in others)]
    assert len(set(codes)) == len(codes)
    old = school.join_code
    new = replace_code(db.session, school)
    db.session.commit()
    assert new != old and read_code(new) == new
    assert db.session.scalar(db.select(SchoolClass).where(SchoolClass.join_code == old)) is None
