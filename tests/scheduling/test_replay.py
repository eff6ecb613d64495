"""Replay: one simulated student over 90 days (a DST change included), thousands of reviews.

The student studies as the web app does (next card, preview of the four grades, the grade recorded at
the moment of the preview), at varied hours: mornings, late evenings, and before the 4 a.m. rollover.
Afterwards the review log is replayed through a bare `fsrs.Scheduler`, with the elapsed study days Anki
would give it: every stored field must equal the replay, and every interval shown must be the one given.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest
from fsrs import Card, Rating, Scheduler, State

from quizapp.db import db
from quizapp.intervals import fuzz_bounds
from quizapp.models import CardState, Question, Review
from quizapp.queue import next_card
from quizapp.reviews import Answer, card_for, memory_of, preview_for, record_review
from quizapp.scheduling import Memory, StudyClock, due_label, interval_label
from tests.conftest import make_app
from tests.factories import make_user

CARDS, DAYS = 220, 90
BERLIN = StudyClock("Europe/Berlin", 4)
FIRST_DAY = dt.date(2025, 3, 1)  # summer time starts on 30 March
HOURS = [dt.time(7, 30), dt.time(7, 30), dt.time(22, 30), dt.time(3, 30), dt.time(12, 0)]
WEIGHTS = {Rating.Again: 12, Rating.Hard: 15, Rating.Good: 63, Rating.Easy: 10}


def _bank(folder) -> None:
    folder.mkdir()
    lines = ["deck: Replay", "questions:"]
    for n in range(CARDS):
        lines += [f"  - id: replay-{n:03}", "    type: flashcard", f"    prompt: Card {n}?", f'    answer: "{n}"']
    (folder / "replay.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def simulated(tmp_path):
    """Run the 90 days; yield (user, the labels shown for each grade given) inside the app context."""
    _bank(tmp_path / "questions")
    app = make_app(tmp_path, questions_dir=tmp_path / "questions")
    with app.app_context():
        user = make_user(timezone="Europe/Berlin")
        user.new_cards_per_day, user.reviews_per_day = 16, 9999
        shown = _study_for_90_days(user, random.Random(20250301))
        yield user, shown
        db.engine.dispose()


def _study_for_90_days(user, rng: random.Random) -> dict[int, str]:
    shown: dict[int, str] = {}
    for offset in range(DAYS):
        if rng.random() < 0.1:
            continue  # a day off: reviews fall overdue
        local = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=offset), rng.choice(HOURS), tzinfo=BERLIN.zone)
        now = local.astimezone(dt.UTC)
        while (queued := next_card(db.session, user, None, now)) is not None:
            memories = preview_for(db.session, user, queued.question.id, now)
            rating = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            labels = {r: due_label(m, now, BERLIN) for r, m in memories.items()}
            row = record_review(
                db.session, user, queued.question, rating, Answer(), queued.card.reps if queued.card else 0, now=now
            )
            stored = memory_of(card_for(db.session, user, queued.question.id))
            assert stored == memories[rating]  # the preview is exactly what the grade gave
            shown[row.id] = labels[rating]
            now += dt.timedelta(seconds=rng.randint(8, 90))
    return shown


def _replay(rows: list[Review]) -> list[Card]:
    """Replay one card's reviews through a bare fsrs Scheduler, elapsed time in study days."""
    scheduler, card, last, states = Scheduler(enable_fuzzing=False), Card(card_id=1), None, []
    for row in rows:
        now = row.reviewed_at
        if last is not None:
            card.last_review = now - dt.timedelta(days=BERLIN.days_between(last, now))
        card, _ = scheduler.review_card(card, Rating(row.rating), review_datetime=now)
        states.append(card)
        last = now
    return states


def test_ninety_days_of_study_equal_their_replay_through_fsrs(simulated):
    user, shown = simulated
    rows = db.session.scalars(db.select(Review).where(Review.user_id == user.id).order_by(Review.id)).all()
    assert len(rows) >= 2000, len(rows)
    by_card = defaultdict(list)
    for row in rows:
        by_card[row.question_id].append(row)
    crossed_dst = False
    for question_id, card_rows in by_card.items():
        lapses = 0
        for reps, (row, replayed) in enumerate(zip(card_rows, _replay(card_rows), strict=True), start=1):
            after = Memory.from_dict(row.state_after)
            lapses += row.state_before is not None and row.state_before["state"] == State.Review and row.rating == 1
            assert (after.state, after.step, after.stability, after.difficulty) == (
                replayed.state,
                replayed.step,
                replayed.stability,
                replayed.difficulty,
            ), (question_id, reps)
            assert (after.last_review, after.reps, after.lapses) == (row.reviewed_at, reps, lapses)
            if after.state == State.Review:
                days = BERLIN.days_between(row.reviewed_at, after.due)
                assert after.due == BERLIN.start_of(BERLIN.day_of(row.reviewed_at) + dt.timedelta(days=days))
                assert shown[row.id] == interval_label(dt.timedelta(days=days))
                lower, upper = fuzz_bounds((replayed.due - row.reviewed_at).days, 1, 36500)
                # Fuzz stays in Anki's range; only Anki's minimums (Hard < Good < Easy, never shorter than
                # the last interval) may lift a passing review, or Easy leaving learning, above it.
                raised = row.rating == 4 or (
                    row.rating > 1 and row.state_before is not None and row.state_before["state"] == State.Review
                )
                assert lower <= days and (days <= upper or raised), (question_id, reps)
                offsets = {moment.astimezone(BERLIN.zone).utcoffset() for moment in (after.due, row.reviewed_at)}
                crossed_dst |= len(offsets) == 2
            else:
                assert after.due == replayed.due and shown[row.id] == interval_label(replayed.due - row.reviewed_at)
        stored = db.session.scalars(db.select(CardState).filter_by(user_id=user.id, question_id=question_id)).one()
        assert memory_of(stored) == Memory.from_dict(card_rows[-1].state_after)
    assert crossed_dst
    assert len(by_card) == CARDS and db.session.scalar(db.select(db.func.count()).select_from(Question)) == CARDS
