"""Teachers' saved drafts: save (or update) the editor's text under its file name, list, open, discard.

A draft is kept in the database for one teacher only; nothing here writes under questions/. Every function
takes the session first and commits nothing: the caller commits.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quizapp.authoring.library import content_hash
from quizapp.authoring.paths import MAX_FILE_BYTES, AuthoringError, bank_file
from quizapp.db import utcnow
from quizapp.models import Draft, User


class DraftTooBig(AuthoringError):
    """A draft's text over 1 MB (in UTF-8 bytes): the file it would become could never be published."""

    def __init__(self) -> None:
        super().__init__("The text is over 1 MB; a question file may be at most 1 MB. Split it into several decks.")


def draft_name(name: str) -> str:
    """Return a file name as drafts key it: trimmed, with '/' between folders (as bank_file reads it)."""
    return name.strip().replace("\\", "/")


def save_draft(session: Session, questions_dir: Path, teacher: User, name: str, text: str, base_hash: str) -> Draft:
    """Keep the text as this teacher's draft of the file `name` (updating their earlier draft of it).

    Checked for size and a safe file name only: a draft may be broken YAML, that is what drafts are for."""
    bank_file(questions_dir, name)  # raises AuthoringError for a name the editor would refuse; writes nothing
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise DraftTooBig
    path = draft_name(name)
    draft = session.scalar(select(Draft).where(Draft.teacher_id == teacher.id, Draft.path == path))
    if draft is None:
        draft = Draft(teacher_id=teacher.id, path=path)
        session.add(draft)
    draft.content, draft.base_hash, draft.updated_at = text, base_hash, utcnow()
    session.flush()
    return draft


def drafts_of(session: Session, teacher: User) -> list[Draft]:
    """Return the teacher's drafts, the most recently saved first."""
    return list(
        session.scalars(
            select(Draft).where(Draft.teacher_id == teacher.id).order_by(Draft.updated_at.desc(), Draft.id.desc())
        )
    )


def own_draft(session: Session, teacher: User, draft_id: int) -> Draft | None:
    """Return the draft if it is this teacher's; another teacher's draft is None, as a missing one."""
    return session.scalar(select(Draft).where(Draft.id == draft_id, Draft.teacher_id == teacher.id))


def draft_of_file(session: Session, teacher: User, name: str) -> Draft | None:
    """Return the teacher's draft of the file `name`, if they saved one."""
    return session.scalar(select(Draft).where(Draft.teacher_id == teacher.id, Draft.path == draft_name(name)))


def file_changed_since(questions_dir: Path, draft: Draft) -> bool:
    """Say whether the file a draft was opened from is no longer the version it was opened at."""
    if not draft.base_hash:
        return False
    try:
        file = bank_file(questions_dir, draft.path)
        current = file.read_bytes() if file.is_file() else None
    except (AuthoringError, OSError):  # a link put there since: Publish refuses it with its reason
        current = None
    return content_hash(current) != draft.base_hash


def discard_draft(session: Session, draft: Draft) -> None:
    """Delete the draft."""
    session.delete(draft)


def drop_published_draft(session: Session, teacher: User, name: str) -> None:
    """Delete the teacher's draft of a file they have just published: the file now holds that text."""
    session.execute(delete(Draft).where(Draft.teacher_id == teacher.id, Draft.path == draft_name(name)))
