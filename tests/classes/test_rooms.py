"""Who is in which class: joining twice, leaving, being removed, and accounts going with their classes."""

from __future__ import annotations

from sqlalchemy import select

from quizapp.classes.assigned import assign_deck, decks_assigned_to, unassign_deck
from quizapp.classes.rooms import (
    classes_joined,
    classes_taught,
    create_class,
    join_class,
    leave_class,
    remove_student,
    taught_class,
)
from quizapp.db import db
from quizapp.models import ClassDeck, ClassMember, SchoolClass, User
from quizapp.progress import delete_account
from tests.classes.conftest import student_in
from tests.factories import make_user


def member_names(school: SchoolClass) -> list[str]:
    """Return the usernames of the class's members, read straight from the membership table."""
    return sorted(
        db.session.scalars(
            select(User.username)
            .join(ClassMember, ClassMember.user_id == User.id)
            .where(ClassMember.class_id == school.id)
        )
    )


def test_joining_twice_leaves_one_membership_and_leaving_or_removal_ends_it(school):
    amira = student_in(school, "amira")
    assert join_class(db.session, amira, school) is False
    db.session.commit()
    assert member_names(school) == ["amira"]
    assert leave_class(db.session, amira, school.id) is True and leave_class(db.session, amira, school.id) is False
    join_class(db.session, amira, school)
    assert remove_student(db.session, school, amira.id) is True
    db.session.commit()
    assert member_names(school) == [] and classes_joined(db.session, amira) == []


def test_a_teacher_finds_only_their_own_classes(school):
    other = make_user("omar")
    other.is_teacher = True
    theirs = create_class(db.session, other, "8A")
    db.session.commit()
    tamar = db.session.get(User, school.teacher_id)
    assert taught_class(db.session, tamar, school.id) is school
    assert taught_class(db.session, tamar, theirs.id) is None and taught_class(db.session, other, school.id) is None
    student_in(school, "amira")
    assert [(c.name, n) for c, n in classes_taught(db.session, tamar)] == [("7B", 1)]


def test_assigned_decks_name_their_classes_for_each_student(school):
    amira = student_in(school, "amira")
    second = create_class(db.session, db.session.get(User, school.teacher_id), "Arabic club")
    assign_deck(db.session, second, "kuwait")
    assign_deck(db.session, second, "qatar")
    assert assign_deck(db.session, second, "qatar") is False
    join_class(db.session, amira, second)
    db.session.commit()
    assert decks_assigned_to(db.session, amira) == {"kuwait": ["7B", "Arabic club"], "qatar": ["Arabic club"]}
    assert unassign_deck(db.session, second, "qatar") is True and unassign_deck(db.session, second, "qatar") is False
    db.session.commit()
    assert decks_assigned_to(db.session, amira) == {"kuwait": ["7B", "Arabic club"]}
    assert decks_assigned_to(db.session, make_user("bongani")) == {}


def test_deleting_a_student_ends_their_memberships_and_deleting_the_teacher_their_classes(school):
    amira = student_in(school, "amira")
    delete_account(db.session, amira)
    assert db.session.scalar(db.select(db.func.count()).select_from(ClassMember)) == 0
    student_in(school, "bongani")
    delete_account(db.session, db.session.get(User, school.teacher_id))
    for table in (SchoolClass, ClassMember, ClassDeck):
        assert db.session.scalar(db.select(db.func.count()).select_from(table)) == 0, table
    assert db.session.scalar(db.select(User.username)) == "bongani"
