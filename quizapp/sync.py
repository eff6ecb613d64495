"""Bring the database in line with the articles and question YAML, never losing progress.

New questions are added, edited ones updated in place (progress is keyed on the id, so it stays),
vanished ones retired (hidden, history kept) and restored if their id comes back. A file with
problems is skipped whole: what the database had from it stays exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from quizapp import articles as article_format
from quizapp.bank import BankLoad, Problem, load_bank
from quizapp.bank.loader import display_path
from quizapp.bank.model import Deck as BankDeck
from quizapp.bank.model import Question as BankQuestion
from quizapp.deckdigests import DeckDigests
from quizapp.models import Article, ArticleParagraph, ArticleSection, Deck, Question, store_live_counts
from quizapp.search import index_is_empty, refresh_index

# Where a question sits in its file changes when others are added above it; that alone is no edit.
_PLACEMENT = ("position", "line")


@dataclass
class SyncReport:
    """What a sync did, for the one-line summary."""

    added: int = 0
    updated: int = 0
    retired: int = 0
    restored: int = 0
    articles: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return the one-line summary the CLI prints."""
        errors = len(self.problems)
        skipped = len(self.skipped_files)
        return (
            f"synced {self.articles} articles: {self.added} added, {self.updated} updated, "
            f"{self.retired} retired, {self.restored} restored, {errors} {'error' if errors == 1 else 'errors'}"
            + (f" ({skipped} {'file' if skipped == 1 else 'files'} skipped)" if skipped else "")
        )


def sync_articles(session: Session, articles_dir: Path, root: Path, report: SyncReport | None = None) -> int:
    """Load or refresh every article file of `articles_dir`; return how many were stored."""
    stored = 0
    for path in article_format.article_files(articles_dir):
        try:
            upsert_article(session, path, root)
            stored += 1
        except article_format.ArticleFormatError as error:
            _note(report, Problem(error.path, error.line, 1, f"article skipped: {error.message}"))
        except UnicodeDecodeError:
            _note(
                report,
                Problem(article_format.cited_path(path, root), 1, 1, "article skipped: the file is not UTF-8 text"),
            )
    return stored


def _note(report: SyncReport | None, problem: Problem) -> None:
    if report is not None:
        report.problems.append(problem)
        report.skipped_files.append(problem.path)


def upsert_article(session: Session, path: Path, root: Path) -> Article:
    """Store one article with its sections and paragraphs, replacing them when the text changed."""
    relative = article_format.cited_path(path, root)
    text = path.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    row = session.scalars(select(Article).where(Article.path == relative)).first()
    if row is not None and row.digest == digest:
        return row  # unchanged text: nothing to parse
    parsed = article_format.parse_article(text, relative)
    if row is None:
        row = _claim_slug(session, parsed.slug, relative, root)
    row.title, row.digest = parsed.title, digest
    row.sections = [
        ArticleSection(
            position=i,
            title=s.title,
            slug=s.slug,
            level=s.level,
            items=list(s.items),
            paragraphs=[ArticleParagraph(index=p.index, anchor=p.anchor, text=p.text) for p in s.paragraphs],
        )
        for i, s in enumerate(parsed.sections)
    ]
    session.flush()
    return row


def _claim_slug(session: Session, slug: str, relative: str, root: Path) -> Article:
    """Return a row for a newly seen article file: a free slug, or the row of a file that has moved away."""
    base, n = slug, 2
    while (taken := session.get(Article, slug)) is not None:
        if not (root / taken.path).is_file():  # the file was renamed: keep its slug, so links stay valid
            taken.path = relative
            return taken
        slug, n = f"{base}-{n}", n + 1
    row = Article(slug=slug, path=relative, title="", digest="")
    session.add(row)
    return row


def sync_bank(session: Session, questions_dir: Path, articles_dir: Path, root: Path) -> SyncReport:
    """Sync articles, then every deck file of `questions_dir`, and commit once at the end."""
    report = SyncReport()
    report.articles = sync_articles(session, articles_dir, root, report)
    if questions_dir.is_dir():
        stored = {row.id: row for row in session.scalars(select(Question))}  # one query, not one per question
        digests = DeckDigests(session, questions_dir, root)
        bank = load_bank(
            [questions_dir],
            root,
            owners={qid: row.deck_key for qid, row in stored.items()},
            unchanged=digests.unchanged,
        )
        _sync_questions(session, report, bank, stored, root)
        session.flush()
        store_live_counts(session)  # every deck, so that a count a bulk write left behind is put right too
        digests.store(bank)
        if report.added or report.updated or report.retired or report.restored or index_is_empty(session):
            refresh_index(session)
    else:  # a wrong path must not retire the whole bank
        report.problems.append(
            Problem(
                display_path(questions_dir), 1, 1, "questions folder not found; the question bank was left as it was"
            )
        )
    session.commit()
    return report


def question_owners(session: Session) -> dict[str, str]:
    """Map every stored question id to its deck, so that `validate` blames a new file reusing an id, as sync does."""
    if not inspect(session.connection()).has_table(Question.__tablename__):
        return {}  # a database not yet made by `quizapp db upgrade`: nothing is established yet
    return {qid: deck for qid, deck in session.execute(select(Question.id, Question.deck_key))}


def _sync_questions(
    session: Session, report: SyncReport, bank: BankLoad, stored: dict[str, Question], root: Path
) -> None:
    """Add, update, retire and restore questions to match the loaded bank."""
    report.problems += bank.problems
    report.skipped_files += bank.failed_files
    slugs = _article_slugs(session, bank, root)
    seen: set[str] = set()
    for deck in bank.decks:
        _upsert_deck(session, deck)
        for position, question in enumerate(deck.questions):
            seen.add(question.id)
            values = question_values(deck, position, question, slugs)
            _upsert_question(session, report, question.id, stored.get(question.id), values)
    unchanged = set(bank.unchanged_keys)
    seen |= {row.id for row in stored.values() if row.deck_key in unchanged and not row.retired}
    _retire_missing(session, report, bank, stored.values(), seen)


def _article_slugs(session: Session, bank: BankLoad, root: Path) -> dict[str, str]:
    """Map every cited article path to its slug, loading cited articles kept outside the seeds folder."""
    known = {a.path: a.slug for a in session.scalars(select(Article))}
    for deck in bank.decks:
        for question in deck.questions:
            cited = question.source.article if question.source else None
            if cited and cited not in known:
                known[cited] = upsert_article(session, root / cited, root).slug
    return known


def _upsert_deck(session: Session, deck: BankDeck) -> None:
    row = session.get(Deck, deck.key) or Deck(key=deck.key)
    row.title, row.description, row.tags = deck.title, deck.description, list(deck.tags)
    row.file, row.retired = deck.path, False
    session.add(row)


def _upsert_question(
    session: Session, report: SyncReport, question_id: str, row: Question | None, values: dict
) -> None:
    """Add the question, or update its stored row in place (restoring it if retired), and count which."""
    if row is None:
        session.add(Question(id=question_id, retired=False, **values))
        report.added += 1
        return
    before = row.content()
    if row.retired:
        report.restored += 1
    elif any(before[name] != value for name, value in values.items() if name not in _PLACEMENT):
        report.updated += 1
    for name, value in values.items():
        setattr(row, name, value)
    row.retired = False


def question_values(deck: BankDeck, position: int, question: BankQuestion, slugs: dict[str, str]) -> dict:
    """Return the column values of a Question row for a loaded question."""
    source = question.source
    return {
        "deck_key": deck.key,
        "position": position,
        "type": question.type.value,
        "prompt": question.prompt,
        "text": question.text,
        "answer": question.answer,
        "accept": list(question.accept),
        "choices": list(question.choices),
        "explanation": question.explanation,
        "hint": question.hint,
        "fact": question.fact,
        "tags": list(dict.fromkeys(deck.tags + question.tags)),
        "source_article": source.article if source else None,
        "article_slug": slugs.get(source.article) if source else None,
        "source_section": source.section if source else None,
        "source_paragraph": source.paragraph if source else None,
        "source_anchor": source.anchor if source else None,
        "source_quote": source.quote if source else None,
        "line": question.line,
    }


def _retire_missing(
    session: Session, report: SyncReport, bank: BankLoad, stored: Iterable[Question], seen: set[str]
) -> None:
    """Retire questions and decks whose YAML is gone; leave those of skipped files untouched."""
    skipped = set(bank.failed_keys)
    for row in stored:
        if not row.retired and row.id not in seen and row.deck_key not in skipped:
            row.retired = True
            report.retired += 1
    live = {d.key for d in bank.decks} | set(bank.unchanged_keys)
    for deck in session.scalars(select(Deck).where(Deck.retired.is_(False))):
        if deck.key not in live and deck.key not in skipped:
            deck.retired = True
