"""A backlog larger than the daily review limit is studied lowest retrievability first (fsrs' own figure)."""

from __future__ import annotations

import datetime as dt

from fsrs import Card, Scheduler, State

from quizapp.db import db
from quizapp.queue import next_card
from quizapp.reviews import settings_for
from tests.scheduling.anki_helpers import review_card
from tests.scheduling.conftest import NOON

DAY = dt.timedelta(days=1)
# (question, days since the last review, stability, days overdue): the most overdue relative to its
# stability (tons: 2 of 1) is not the least retrievable (map: 40 days on a stability of 10).
CARDS = [
    ("sample-kuwait-embassy-reopened", 10, 20.0, 1),
    ("sample-qatar-aid-tons", 3, 1.0, 2),
    ("sample-qatar-map", 40, 10.0, 5),
    ("sample-kuwait-donation", 30, 30.0, 3),
]


def _backlog(user) -> None:
    for question_id, elapsed, stability, overdue in CARDS:
        review_card(user, question_id, last_review=NOON - elapsed * DAY, due=NOON - overdue * DAY, stability=stability)


def _retrievability(user, question_id: str) -> float:
    """Return what fsrs' Scheduler.get_card_retrievability says of the stored card at NOON."""
    _, elapsed, stability, _ = next(card for card in CARDS if card[0] == question_id)
    scheduler: Scheduler = settings_for(user).scheduler()
    card = Card(
        card_id=1, state=State.Review, stability=stability, difficulty=5.0, due=NOON, last_review=NOON - elapsed * DAY
    )
    return scheduler.get_card_retrievability(card, NOON)


def _order(user, limit: int) -> list[str]:
    """Return the reviews in the order the queue offers them, suspending none, by taking each one out in turn."""
    user.reviews_per_day, user.new_cards_per_day = limit, 0
    shown = []
    for _ in CARDS:
        queued = next_card(db.session, user, None, NOON)
        shown.append(queued.question.id)
        queued.card.due = NOON + 30 * DAY  # out of today's queue, as a review would take it
        db.session.commit()
    return shown


def test_a_backlog_over_the_limit_comes_lowest_retrievability_first(student):
    _backlog(student)
    by_retrievability = sorted((card[0] for card in CARDS), key=lambda qid: _retrievability(student, qid))
    assert _order(student, limit=2)[:2] == by_retrievability[:2]
    assert by_retrievability[0] == "sample-qatar-map"


def test_within_the_limit_the_most_overdue_relative_to_stability_comes_first(student):
    _backlog(student)
    assert _order(student, limit=200)[0] == "sample-qatar-aid-tons"
