"""Who is in which class: a teacher creates, renames and re-codes a class; students join, leave or are removed.

Every function takes the session first and commits nothing: the caller (a view, a test) commits.
"""

from __future__ import annotations

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from quizapp.classes.codes import random_code
from quizapp.models import ClassMember, SchoolClass, User

MAX_NAME = 100


def create_class(session: Session, teacher: User, name: str) -> SchoolClass:
    """Add a class of this teacher's with a fresh join code."""
    school_class = SchoolClass(teacher_id=teacher.id, name=name.strip(), join_code=unused_code(session))
    session.add(school_class)
    session.flush()
    return school_class


def unused_code(session: Session) -> str:
    """Return a random join code no class has (the unique constraint refuses the one-in-a-billion race)."""
    while True:
        code = random_code()
        if session.scalar(select(SchoolClass.id).where(SchoolClass.join_code == code)) is None:
            return code


def replace_code(session: Session, school_class: SchoolClass) -> str:
    """Give the class a new join code; the old one stops working at once. Return the new code."""
    school_class.join_code = unused_code(session)
    return school_class.join_code


def rename_class(session: Session, school_class: SchoolClass, name: str) -> None:
    """Rename the class."""
    school_class.name = name.strip()


def taught_class(session: Session, teacher: User, class_id: int) -> SchoolClass | None:
    """Return the class if this teacher runs it; another teacher's class is None, as a missing one."""
    return session.scalar(select(SchoolClass).where(SchoolClass.id == class_id, SchoolClass.teacher_id == teacher.id))


def classes_taught(session: Session, teacher: User) -> list[tuple[SchoolClass, int]]:
    """Return the teacher's classes by name, each with its number of students."""
    students = (
        select(func.count()).where(ClassMember.class_id == SchoolClass.id).correlate(SchoolClass).scalar_subquery()
    )
    rows = session.execute(
        select(SchoolClass, students)
        .where(SchoolClass.teacher_id == teacher.id)
        .order_by(SchoolClass.name, SchoolClass.id)
    )
    return [(school_class, count) for school_class, count in rows]


def class_by_code(session: Session, code: str) -> SchoolClass | None:
    """Return the class with this (already read) join code, or None."""
    return session.scalar(select(SchoolClass).where(SchoolClass.join_code == code))


def join_class(session: Session, student: User, school_class: SchoolClass) -> bool:
    """Put the student in the class; return False if they were in it already (joining twice changes nothing)."""
    if is_member(session, student, school_class.id):
        return False
    session.add(ClassMember(class_id=school_class.id, user_id=student.id))
    return True


def is_member(session: Session, student: User, class_id: int) -> bool:
    """Tell whether the student is in the class."""
    return session.get(ClassMember, (class_id, student.id)) is not None


def leave_class(session: Session, student: User, class_id: int) -> bool:
    """Take the student out of the class; return False if they were not in it. Their progress stays theirs."""
    return _drop_member(session, class_id, student.id)


def remove_student(session: Session, school_class: SchoolClass, user_id: int) -> bool:
    """Take a student out of the teacher's class; return False if they were not in it."""
    return _drop_member(session, school_class.id, user_id)


def _drop_member(session: Session, class_id: int, user_id: int) -> bool:
    gone = session.execute(delete(ClassMember).where(ClassMember.class_id == class_id, ClassMember.user_id == user_id))
    return gone.rowcount > 0  # type: ignore[attr-defined]  # a DELETE gives a CursorResult, typed as a Result


# Built once with a bound student: the home page asks on every request.
_CLASSES_JOINED = (
    select(SchoolClass)
    .join(ClassMember, ClassMember.class_id == SchoolClass.id)
    .where(ClassMember.user_id == bindparam("student"))
    .order_by(SchoolClass.name)
)


def classes_joined(session: Session, student: User) -> list[SchoolClass]:
    """Return the classes the student is in, by name."""
    return list(session.scalars(_CLASSES_JOINED, {"student": student.id}))


def teacher_name(session: Session, school_class: SchoolClass) -> str:
    """Return the username of the class's teacher."""
    return (
        session.scalar(select(User.username).where(User.id == school_class.teacher_id)) or ""
    )  # a class has a teacher
