"""A synthetic school for the benchmarks: decks, questions, users with review histories, written in bulk.

Sizes (questions / users / reviews): small 100 / 10 / 10k, school 10k / 1k / 1M, large 100k / 10k / 10M.
User 1 is the heavy student (3,000 cards, 24,000 reviews, about a third of the cards due); every other user
is light (a few dozen cards). Rows go in with executemany in chunks, so the school size builds in seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from quizapp.maturity import is_mature
from quizapp.models import CardState, Deck, Question, Review, User, store_live_counts
from quizapp.search import refresh_index

PASSWORD = "bench password 1"
HEAVY_CARDS, REVIEWS_PER_CARD = 3000, 8
CHUNK = 20_000
TODAY_CARDS = 20


@dataclass(frozen=True)
class SchoolSize:
    """How big a synthetic school is."""

    name: str
    questions: int
    users: int
    reviews: int
    decks: int = 100
    light: int | None = None  # cards of each light user; by default what makes the reviews add up

    @property
    def light_cards(self) -> int:
        """Cards each light user has, so that all users' reviews add up to `reviews`."""
        if self.light is not None:
            return min(self.light, self.questions)
        light_reviews = max(self.reviews - HEAVY_CARDS * REVIEWS_PER_CARD, 0)
        return max(min(light_reviews // max(self.users - 1, 1) // REVIEWS_PER_CARD, self.questions), 1)


SIZES = {
    size.name: size
    for size in (
        SchoolSize("small", 100, 10, 10_000, decks=10),
        SchoolSize("school", 10_000, 1_000, 1_000_000),
        SchoolSize("large", 100_000, 10_000, 10_000_000),
    )
}


def scaling_size(questions: int) -> SchoolSize:
    """A school of `questions` questions in 100 decks whose light users have the same history at every size."""
    return SchoolSize(f"{questions // 1000}k questions", questions, users=20, reviews=0, light=122)


def question_id(n: int) -> str:
    """Return the id of the n-th synthetic question."""
    return f"bench-{n:06d}"


def build_school(session: Session, size: SchoolSize, now: dt.datetime, seed: int = 1) -> None:
    """Write decks, questions, users, card states and reviews of `size`; commit."""
    rng = random.Random(seed)
    if session.connection().dialect.name == "sqlite":
        # A big page cache keeps the index pages of a million reviews in memory while they are written.
        session.connection().exec_driver_sql("PRAGMA cache_size=-1000000")
    _chunked(
        session,
        Deck,
        (
            {
                "key": f"deck-{d:04d}",
                "title": f"Deck {d:04d}",
                "description": "",
                "tags": [],
                "file": f"questions/deck-{d:04d}.yaml",
                "retired": False,
                # Sync stores every deck's digest; the deck page keeps its tags and words under it (quizapp.deckmemo).
                "digest": f"bench-deck-{d:04d}",
            }
            for d in range(size.decks)
        ),
    )
    _chunked(session, Question, (_question(n, size) for n in range(size.questions)))
    store_live_counts(session)  # written in bulk, past the flush that keeps the counts: stored as sync would
    refresh_index(session)  # the full-text index, as sync fills it (before 13f the bench searched an empty one)
    digest = generate_password_hash(PASSWORD)  # one hash for all: hashing 10,000 would take minutes
    _chunked(
        session,
        User,
        (
            {
                "id": uid,
                "username": f"student{uid}",
                "username_key": f"student{uid}",
                "password_hash": digest,
                "created_at": now - dt.timedelta(days=400),
                "timezone": "Europe/Berlin",
                "day_starts_at_hour": 4,
                "desired_retention": 0.9,
                "new_cards_per_day": 20,
                "reviews_per_day": 200,
                "session_version": 1,
            }
            for uid in range(1, size.users + 1)
        ),
    )
    cards, reviews = [], []
    for uid in range(1, size.users + 1):
        count = min(HEAVY_CARDS, size.questions) if uid == 1 else size.light_cards
        first = rng.randrange(size.questions)
        for k in range(count):
            n = (first + k * 7) % size.questions
            card, history = _history(uid, question_id(n), now, rng, today=k < TODAY_CARDS)
            cards.append({**card, "deck_key": _question_deck(n, size)})
            reviews += history
        if len(reviews) >= CHUNK:
            _flush(session, cards, reviews)
    _flush(session, cards, reviews)
    session.commit()
    if session.connection().dialect.name == "postgresql":
        # What autovacuum gives a real server soon after a bulk load: the planner's statistics. (SQLite gets
        # none, as a school's SQLite file never has them.)
        session.connection().exec_driver_sql("ANALYZE")
        session.commit()


def _question_deck(n: int, size: SchoolSize) -> str:
    return f"deck-{n % size.decks:04d}"


def _question(n: int, size: SchoolSize) -> dict:
    return {
        "id": question_id(n),
        "deck_key": _question_deck(n, size),
        "position": n // size.decks,
        "type": "short",
        "prompt": f"In which year did event {n} happen?",
        "text": "",
        "answer": str(1900 + n % 120),
        "accept": [],
        "choices": [],
        "explanation": "",
        "hint": "",
        "fact": f"fact-{n // 3}" if n % 3 == 0 else "",
        "tags": ["history" if n % 2 else "politics"],
        "source_article": None,
        "article_slug": None,
        "source_section": None,
        "source_paragraph": None,
        "source_anchor": None,
        "source_quote": f"Event {n} happened in {1900 + n % 120}.",
        "line": 1 + n,
        "retired": False,
    }


def _history(uid: int, qid: str, now: dt.datetime, rng: random.Random, today: bool) -> tuple[dict, list[dict]]:
    """Return a card in review and its reviews, the last of which made its current state."""
    interval = rng.uniform(1, 90)
    # A few cards of each user were answered earlier today, so today's limits and burying have work to do.
    elapsed = rng.uniform(0.01, 0.1) if today else rng.uniform(0.5, 60)
    last = now - dt.timedelta(days=elapsed)
    due = last + dt.timedelta(days=interval)
    stability = interval * rng.uniform(0.8, 1.2)
    card = {
        "user_id": uid,
        "question_id": qid,
        "state": 2,
        "step": None,
        "stability": stability,
        "difficulty": 5.0,
        "due": due,
        "last_review": last,
        "reps": REVIEWS_PER_CARD,
        "lapses": 0,
    }
    reviews, before = [], None
    for k in range(REVIEWS_PER_CARD):
        at = last - dt.timedelta(days=(REVIEWS_PER_CARD - 1 - k) * interval / 2)
        after = {
            "state": 2,
            "step": None,
            "stability": stability,
            "difficulty": 5.0,
            "due": (at + dt.timedelta(days=interval)).isoformat(),
            "last_review": at.isoformat(),
            "reps": k + 1,
            "lapses": 0,
        }
        reviews.append(
            {
                "user_id": uid,
                "question_id": qid,
                "rating": 1 if rng.random() < 0.1 else 3,
                "auto_correct": True,
                "typed_answer": "1999",
                "duration_ms": 4000,
                "state_before": before,
                "state_after": after,
                "reviewed_at": at,
                "kind": "review",
                "mature": is_mature(before),
            }
        )
        before = after
    return card, reviews


def _flush(session: Session, cards: list[dict], reviews: list[dict]) -> None:
    """Insert the gathered rows and empty the lists."""
    _chunked(session, CardState, iter(cards))
    _chunked(session, Review, iter(reviews))
    cards.clear()
    reviews.clear()


def _chunked(session: Session, model: type, rows: Iterator[dict]) -> None:
    """Insert rows through the driver's executemany, CHUNK at a time (the ORM's per-row work would take minutes)."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    batch: list[tuple] = []
    columns: list[str] = []
    for row in rows:
        columns = columns or list(row)
        batch.append(tuple(_stored(row[name], sqlite) for name in columns))
        if len(batch) == CHUNK:
            _insert(connection, model.__table__.name, columns, batch)
            batch = []
    if batch:
        _insert(connection, model.__table__.name, columns, batch)


def _insert(connection, table: str, columns: list[str], batch: list[tuple]) -> None:
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{name}"' for name in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join([mark] * len(columns))})', batch)


def _stored(value: object, sqlite: bool) -> object:
    """Return a value as the column types store it: JSON as text, datetimes as naive UTC (text on SQLite)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, dt.datetime):
        naive = value.astimezone(dt.UTC).replace(tzinfo=None)
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else naive
    return value
