"""Classes: a teacher's group of students, who joined it by its code, and the decks it is assigned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Model, UTCDateTime, utcnow
from quizapp.models.progress import Review


class SchoolClass(Model):
    """A class run by one teacher; students join it with its join code (unique, replaced on request)."""

    __tablename__ = "school_class"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The teacher's account going takes their classes with it (and so every membership and assignment).
    teacher_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClassMember(Model):
    """A student's place in a class; the pair is the key, so joining twice cannot make two rows."""

    __tablename__ = "class_member"

    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True)
    # Indexed on its own: the home page asks which classes (and so which assigned decks) a student has.
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), primary_key=True, index=True)
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClassDeck(Model):
    """A deck assigned to a class: its students see it first on their home page."""

    __tablename__ = "class_deck"

    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True)
    deck_key: Mapped[str] = mapped_column(ForeignKey("deck.key"), primary_key=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# The class pages read the reviews of a class's decks question by question (a deck's few hundred questions are
# fewer than all the reviews of 200 students) and need nothing else of the row but the typed answer of a wrong
# one: covering, this index turns a school-size class page from a read of every student's whole history
# into a scan of the assigned questions' index entries (bench/class_bench.py).
Index(
    "ix_review_question_figures",
    Review.question_id,
    Review.user_id,
    Review.rating,
    Review.mature,
    Review.reviewed_at,
    Review.duration_ms,
)
