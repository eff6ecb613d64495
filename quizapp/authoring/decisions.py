"""Overrule the generator from the browser: switch a generated question off or on, or replace it with a
teacher's own, by rewriting questions/overrides.yaml (which the generator never writes), then syncing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy.orm import Session

from quizapp.articles import ArticleLibrary
from quizapp.authoring.paths import AuthoringError
from quizapp.authoring.publishing import BankFolders, bank_lock, write_atomically
from quizapp.bank.deckfile import read_deck_file
from quizapp.bank.loader import deck_key, display_path
from quizapp.bank.model import Question
from quizapp.bank.overrides import OVERRIDES_FILE, read_overrides
from quizapp.sync import SyncReport, question_owners, sync_bank

DECISIONS = ("off", "on", "replace")
HEADER = (
    "# Teachers' decisions about generated questions (docs/teachers-guide.md, section 12).\n"
    "# `quizapp generate` never writes this file; the Questions page rewrites it.\n"
)


@dataclass(frozen=True)
class Decision:
    """A question of a generated deck and what the teachers decided about it."""

    question: Question
    disabled: bool
    replacement: str  # the teacher's question asked instead, '' when none


def deck_decisions(folders: BankFolders, file: Path) -> list[Decision]:
    """Return every question of the deck file (switched off or not) with the decision about it."""
    deck, _ = read_deck_file(file, display_path(file), deck_key(file, folders.questions), ArticleLibrary(folders.root))
    overrides = read_overrides(folders.questions / OVERRIDES_FILE, OVERRIDES_FILE)
    disabled = set(overrides.disabled) if overrides else set()
    replaced = {qid: target for qid, (target, _) in overrides.replaced.items()} if overrides else {}
    return [Decision(q, q.id in disabled, replaced.get(q.id, "")) for q in (deck.questions if deck else [])]


def decide(
    session: Session, folders: BankFolders, question_id: str, decision: str, replacement: str = ""
) -> SyncReport:
    """Switch a question off, on again, or replace it with the question `replacement`; then sync the bank."""
    known = question_owners(session)
    if question_id not in known:
        raise AuthoringError(f"There is no question '{question_id}' in the bank.")
    if decision == "replace" and replacement not in known:
        raise AuthoringError(
            f"There is no question '{replacement}' to ask instead; publish your own question "
            "first, then name its id here."
        )
    if decision == "replace" and replacement == question_id:
        raise AuthoringError("A question cannot replace itself.")
    file = folders.questions / OVERRIDES_FILE
    with bank_lock(folders.questions):
        overrides = read_overrides(file, OVERRIDES_FILE)
        disabled = list(overrides.disabled) if overrides else []
        replaced = {qid: target for qid, (target, _) in overrides.replaced.items()} if overrides else {}
        disabled = [qid for qid in disabled if qid != question_id]
        replaced.pop(question_id, None)
        if decision == "off":
            disabled.append(question_id)
        elif decision == "replace":
            replaced[question_id] = replacement
        document = {key: value for key, value in (("disabled", disabled), ("replaced", replaced)) if value}
        write_atomically(
            file,
            HEADER + (yaml.safe_dump(document, allow_unicode=True, sort_keys=False) if document else "disabled: []\n"),
        )
    return sync_bank(session, folders.questions, folders.articles, folders.root)
