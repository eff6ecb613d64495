"""Decks assigned to a class: the teacher assigns and unassigns them; each student sees theirs first."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Select, bindparam, delete, select
from sqlalchemy.orm import Session

from quizapp.live import live_question
from quizapp.models import ClassDeck, ClassMember, Deck, Question, SchoolClass, User


def assign_deck(session: Session, school_class: SchoolClass, deck_key: str) -> bool:
    """Assign the deck to the class; return False if it was assigned already."""
    if session.get(ClassDeck, (school_class.id, deck_key)) is not None:
        return False
    session.add(ClassDeck(class_id=school_class.id, deck_key=deck_key))
    return True


def unassign_deck(session: Session, school_class: SchoolClass, deck_key: str) -> bool:
    """Take the deck off the class; return False if it was not assigned. Nobody's progress changes."""
    gone = session.execute(
        delete(ClassDeck).where(ClassDeck.class_id == school_class.id, ClassDeck.deck_key == deck_key)
    )
    return gone.rowcount > 0  # type: ignore[attr-defined]  # a DELETE gives a CursorResult, typed as a Result


def assigned_decks(session: Session, school_class: SchoolClass) -> list[Deck]:
    """Return the class's live assigned decks, by title."""
    return list(
        session.scalars(
            select(Deck)
            .join(ClassDeck, ClassDeck.deck_key == Deck.key)
            .where(ClassDeck.class_id == school_class.id, Deck.retired.is_(False))
            .order_by(Deck.title)
        )
    )


def assigned_questions(school_class: SchoolClass) -> Select[str]:
    """Select the ids of the live questions of the class's assigned decks (a subquery for the figures)."""
    decks = select(ClassDeck.deck_key).where(ClassDeck.class_id == school_class.id)
    return select(Question.id).where(Question.deck_key.in_(decks), live_question())


# Built once with a bound student, as the home page asks on every request (building it cost more than running it).
_ASSIGNED_DECKS = (
    select(ClassDeck.deck_key, SchoolClass.name)
    .join(SchoolClass, SchoolClass.id == ClassDeck.class_id)
    .join(ClassMember, ClassMember.class_id == SchoolClass.id)
    .where(ClassMember.user_id == bindparam("student"))
    .order_by(SchoolClass.name)
)


def decks_assigned_to(session: Session, student: User) -> dict[str, list[str]]:
    """Return, for each deck assigned to any class of the student's, the names of those classes."""
    rows = session.execute(_ASSIGNED_DECKS, {"student": student.id})
    classes: dict[str, list[str]] = defaultdict(list)
    for deck_key, name in rows:
        classes[deck_key].append(name)
    return dict(classes)
