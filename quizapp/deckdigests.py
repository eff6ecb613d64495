"""Which deck files are unchanged since the last sync, so that a re-sync need not read them (Deck.digest)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.bank import BankLoad
from quizapp.bank.overrides import OVERRIDES_FILE
from quizapp.models import Article, Deck


class DeckDigests:
    """Which deck files are unchanged since the last sync: same bytes, and the same articles to check them against.

    A deck's digest covers its file, every stored article's file as it is on disk now (an edited article, a
    quote that no longer matches, has its decks read again) and the overrides file.
    """

    def __init__(self, session: Session, questions_dir: Path, root: Path):
        self.session, self.questions_dir = session, questions_dir
        self.stored = {deck.key: deck for deck in session.scalars(select(Deck))}
        articles = hashlib.sha256()
        for path in sorted(session.scalars(select(Article.path))):
            file = root / path
            articles.update(f"{path}\0{_file_digest(file) if file.is_file() else '-'}\0".encode())
        # The teachers' overrides decide which questions of a deck are live: a change there re-reads every deck.
        overrides = questions_dir / OVERRIDES_FILE
        articles.update(_file_digest(overrides).encode() if overrides.is_file() else b"-")
        self.articles = articles.hexdigest()
        self.digests: dict[str, str] = {}

    def unchanged(self, file: Path, key: str) -> bool:
        """Tell whether the file is as the last sync stored it (remembering its digest for `store`)."""
        digest = hashlib.sha256(file.read_bytes() + self.articles.encode()).hexdigest()
        self.digests[key] = digest
        row = self.stored.get(key)
        return row is not None and not row.retired and row.digest == digest

    def store(self, bank: BankLoad) -> None:
        """Keep the digest of every deck this sync stored, so the next sync can skip it."""
        for deck in bank.decks:
            row = self.session.get(Deck, deck.key)
            if row is not None and deck.key in self.digests:
                row.digest = self.digests[deck.key]


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
