"""Each card's copy of its question's deck (CardState.deck_key) stays right under every writer of card state,
and Home's per-deck counts, read from it, stay what a join of the cards with their questions gives."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from quizapp.db import db
from quizapp.export.guids import note_guid
from quizapp.export.revlog import HistoryEntry
from quizapp.history import import_history
from quizapp.holds import bury, reset, suspend
from quizapp.models import CardState, CardStateKind, Deck, Question, User
from quizapp.progress import delete_account
from quizapp.queue import deck_counts, study_counts, study_left
from quizapp.reviews import undo_last_review
from quizapp.scheduling import Rating
from tests.factories import make_user
from tests.scheduling.conftest import NOON, grade

EMBASSY, APOLOGY, APOLOGY_CLOZE = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
)
QATAR_TONS = "sample-qatar-aid-tons"
DAY = dt.timedelta(days=1)


def misplaced() -> list[tuple]:
    """Every card whose stored deck is not its question's deck (none, when the copies are right)."""
    statement = (
        select(CardState.question_id, CardState.deck_key, Question.deck_key)
        .join(Question, CardState.question_id == Question.id)
        .where(CardState.deck_key != Question.deck_key)
    )
    return list(db.session.execute(statement).all())


def joined_counts(user: User) -> dict[str, tuple[int, int]]:
    """Count the user's cards on live questions per deck, as (learning or relearning, review), through Question."""
    statement = (
        select(Question.deck_key, CardState.state, func.count())
        .join(Question, CardState.question_id == Question.id)
        .join(Deck, Question.deck_key == Deck.key)
        .where(CardState.user_id == user.id, Question.retired.is_(False), Deck.retired.is_(False))
        .group_by(Question.deck_key, CardState.state)
    )
    counts: dict[str, list[int]] = {}
    for key, state, number in db.session.execute(statement):
        counts.setdefault(key, [0, 0])[state == CardStateKind.REVIEW] += number
    return {key: (learning, review) for key, (learning, review) in counts.items()}


def home_counts(user: User, now: dt.datetime) -> dict[str, tuple[int, int]]:
    """Home's per-deck (learning, learned) counts of the decks where the user has cards."""
    counts, _ = deck_counts(db.session, user, now)
    return {key: (c.learning, c.learned) for key, c in counts.items() if c.learning or c.learned}


def assert_right(user: User, now: dt.datetime, cards: int) -> None:
    assert misplaced() == []
    assert db.session.scalar(select(func.count()).select_from(CardState)) == cards  # not vacuous
    assert home_counts(user, now) == joined_counts(user)


def test_graded_and_undone_cards_sit_in_their_questions_decks(student):
    grade(student, EMBASSY, Rating.Again, NOON)  # a new card: the grade inserts it
    grade(student, QATAR_TONS, Rating.Easy, NOON)
    assert_right(student, NOON, cards=2)
    assert home_counts(student, NOON) == {"kuwait": (1, 0), "qatar": (0, 1)}
    assert undo_last_review(db.session, student, NOON) == QATAR_TONS  # the card goes again
    assert_right(student, NOON, cards=1)
    grade(student, EMBASSY, Rating.Good, NOON)
    reset(db.session, student, EMBASSY)  # the card goes; its reviews stay
    assert_right(student, NOON, cards=0)
    assert undo_last_review(db.session, student, NOON) == EMBASSY  # undo brings the card back from its review
    assert_right(student, NOON, cards=1)
    assert home_counts(student, NOON) == {"kuwait": (1, 0)}


def test_a_history_import_gives_the_cards_it_makes_their_decks(student):
    entries = [HistoryEntry(note_guid(qid), NOON - 10 * DAY, 3, 2000) for qid in (EMBASSY, QATAR_TONS)]
    assert import_history(db.session, student, entries).added == 2
    assert_right(student, NOON, cards=2)


def test_moving_a_question_to_another_deck_moves_its_cards_and_their_counts(student):
    other = make_user("other")
    for user in (student, other):
        grade(user, EMBASSY, Rating.Easy, NOON - 5 * DAY)
        grade(user, APOLOGY, Rating.Easy, NOON - 5 * DAY)
    db.session.get(Question, EMBASSY).deck_key = "qatar"  # as sync or the editor writes a move
    db.session.commit()
    assert_right(student, NOON, cards=4)
    assert home_counts(student, NOON) == home_counts(other, NOON) == {"kuwait": (0, 1), "qatar": (0, 1)}


def test_retired_questions_and_decks_leave_the_counts_and_come_back(student):
    grade(student, EMBASSY, Rating.Easy, NOON - 5 * DAY)
    grade(student, QATAR_TONS, Rating.Easy, NOON - 5 * DAY)
    db.session.get(Question, EMBASSY).retired = True
    db.session.get(Deck, "qatar").retired = True
    db.session.commit()
    assert home_counts(student, NOON) == {} == joined_counts(student)
    db.session.get(Question, EMBASSY).retired = False
    db.session.get(Deck, "qatar").retired = False
    db.session.commit()
    assert_right(student, NOON, cards=2)
    assert home_counts(student, NOON) == {"kuwait": (0, 1), "qatar": (0, 1)}


def test_held_and_sibling_cards_due_today_are_not_counted_due(student):
    for qid in (EMBASSY, APOLOGY, APOLOGY_CLOZE, QATAR_TONS):
        grade(student, qid, Rating.Easy, NOON - 60 * DAY)  # review cards, all due long before NOON
    grade(student, APOLOGY, Rating.Good, NOON)  # its sibling APOLOGY_CLOZE (same fact) waits for tomorrow
    counts, _ = deck_counts(db.session, student, NOON)
    assert (counts["kuwait"].due, counts["qatar"].due) == (1, 1)  # EMBASSY, QATAR_TONS
    suspend(db.session, student, [EMBASSY])
    bury(db.session, student, QATAR_TONS, NOON)
    counts, overall = deck_counts(db.session, student, NOON)
    assert (counts["kuwait"].due, counts["qatar"].due, overall.due) == (0, 0, 0)
    assert study_counts(db.session, student, "kuwait", NOON) == counts["kuwait"]
    assert deck_counts(db.session, student, NOON + DAY)[0]["qatar"].due == 1  # the burial ends with the day


def test_deleting_an_account_leaves_the_others_cards_and_counts(student):
    other = make_user("other")
    for user in (student, other):
        grade(user, EMBASSY, Rating.Easy, NOON)
    delete_account(db.session, other)
    assert_right(student, NOON, cards=1)
    assert home_counts(student, NOON) == {"kuwait": (0, 1)}


def test_held_questions_without_the_users_card_take_nothing_from_the_due_counts(student):
    """The held-back count is driven by the holds and siblings (an outer join): ids without the user's card
    (a held new question, a question only another student has a card for) count for nothing."""
    other = make_user("other")
    for qid in (EMBASSY, QATAR_TONS):
        grade(student, qid, Rating.Easy, NOON - 60 * DAY)  # review cards, due long before NOON
    grade(other, APOLOGY, Rating.Easy, NOON - 60 * DAY)
    suspend(db.session, student, [APOLOGY, APOLOGY_CLOZE])  # new to the student; APOLOGY carded by the other
    suspend(db.session, other, [EMBASSY])  # the other's hold is not the student's
    counts, overall = deck_counts(db.session, student, NOON)
    assert (counts["kuwait"].due, counts["qatar"].due, overall.due) == (1, 1, 2)
    assert study_left(db.session, student, None, NOON).due == 2
    suspend(db.session, student, [EMBASSY])
    assert deck_counts(db.session, student, NOON)[1].due == study_left(db.session, student, None, NOON).due == 1
