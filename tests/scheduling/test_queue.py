"""The study queue: order, daily limits, sibling burying, retired questions and per-deck counts."""

from __future__ import annotations

import datetime as dt

from quizapp.db import db
from quizapp.models import Question
from quizapp.queue import deck_counts, next_card, study_counts
from quizapp.reviews import card_for
from quizapp.scheduling import Rating
from quizapp.studyday import study_day
from tests.scheduling.conftest import NOON, grade

EMBASSY, APOLOGY, APOLOGY_CLOZE, DONATION = (
    "sample-kuwait-embassy-reopened",
    "sample-kuwait-apology",
    "sample-kuwait-apology-cloze",
    "sample-kuwait-donation",
)
QATAR_TONS, QATAR_WORD = "sample-qatar-aid-tons", "sample-qatar-map"
MINUTE, DAY = dt.timedelta(minutes=1), dt.timedelta(days=1)


def shown(user, now, deck="kuwait"):
    queued = next_card(db.session, user, deck, now)
    return (queued.question.id, queued.kind) if queued else None


def test_new_cards_come_in_deck_order(student):
    assert shown(student, NOON) == (EMBASSY, "new")
    assert shown(student, NOON, deck=None) == (EMBASSY, "new")
    assert shown(student, NOON, deck="qatar") == (QATAR_TONS, "new")


def test_due_learning_cards_come_before_new_ones(student):
    grade(student, EMBASSY, Rating.Again, NOON)
    assert shown(student, NOON) == (APOLOGY, "new")
    assert shown(student, NOON + MINUTE) == (EMBASSY, "learning")


def test_learning_cards_due_soon_are_shown_when_nothing_else_is_left(student):
    student.new_cards_per_day = 1
    grade(student, EMBASSY, Rating.Good, NOON)  # next step in 10 minutes
    assert shown(student, NOON) == (EMBASSY, "learning")
    grade(student, EMBASSY, Rating.Good, NOON)  # graduates: days away
    assert shown(student, NOON) is None


def test_daily_new_card_limit(student):
    student.new_cards_per_day = 2
    grade(student, EMBASSY, Rating.Easy, NOON)
    grade(student, DONATION, Rating.Easy, NOON)
    assert shown(student, NOON) is None
    assert shown(student, NOON, deck="qatar") is None
    assert study_counts(db.session, student, None, NOON).new == 0
    tomorrow = NOON + DAY
    assert shown(student, tomorrow) == (APOLOGY, "new")


def test_daily_review_limit(student):
    for question_id in (EMBASSY, DONATION, QATAR_TONS):
        grade(student, question_id, Rating.Easy, NOON)
    student.new_cards_per_day, student.reviews_per_day = 0, 2
    later = NOON + 60 * DAY
    assert study_counts(db.session, student, None, later).due == 2
    for _ in range(2):
        queued = next_card(db.session, student, None, later)
        assert queued.kind == "review"
        grade(student, queued.question.id, Rating.Good, later)
    assert next_card(db.session, student, None, later) is None  # the third review waits for tomorrow's limit
    assert study_counts(db.session, student, None, later).due == 0
    assert next_card(db.session, student, None, later + DAY).kind == "review"


def test_reviews_most_overdue_relative_to_stability_come_first(student):
    grade(student, EMBASSY, Rating.Easy, NOON)
    grade(student, DONATION, Rating.Easy, NOON)
    later = NOON + 90 * DAY
    for question_id, stability in ((EMBASSY, 50.0), (DONATION, 2.0)):
        card_for(db.session, student, question_id).stability = stability  # same lateness, less stable = more urgent
    db.session.commit()
    assert shown(student, later) == (DONATION, "review")
    card_for(db.session, student, EMBASSY).stability = 1.0
    db.session.commit()
    assert shown(student, later) == (EMBASSY, "review")


def test_siblings_of_a_card_answered_today_wait_for_tomorrow(student):
    grade(student, EMBASSY, Rating.Easy, NOON)
    grade(student, APOLOGY, Rating.Easy, NOON)
    assert shown(student, NOON) == (DONATION, "new")  # the cloze of the same fact is held back
    grade(student, DONATION, Rating.Easy, NOON)
    assert shown(student, NOON) is None
    assert shown(student, NOON + DAY) == (APOLOGY_CLOZE, "new")


def test_a_sibling_in_learning_is_not_held_back(student):
    grade(student, APOLOGY_CLOZE, Rating.Again, NOON - DAY)  # left in learning yesterday
    grade(student, APOLOGY, Rating.Easy, NOON)
    assert shown(student, NOON) == (APOLOGY_CLOZE, "learning")


def test_retired_questions_never_appear(student):
    db.session.get(Question, EMBASSY).retired = True
    db.session.commit()
    assert shown(student, NOON) == (APOLOGY, "new")
    assert deck_counts(db.session, student, NOON)[0]["kuwait"].total == 3


def test_deck_counts(student):
    grade(student, EMBASSY, Rating.Again, NOON)
    grade(student, DONATION, Rating.Easy, NOON)
    counts, overall = deck_counts(db.session, student, NOON)
    assert counts["kuwait"].total == 4 and counts["qatar"].total == 2
    assert (counts["kuwait"].learning, counts["kuwait"].learned, counts["kuwait"].due) == (1, 1, 1)
    assert counts["kuwait"].new == 2
    assert counts["qatar"].new == 2
    assert overall == study_counts(db.session, student, None, NOON)
    assert study_counts(db.session, student, "kuwait", NOON) == counts["kuwait"]


def test_day_boundary_follows_the_users_time_zone(student):
    # Kuwait is UTC+3: the study day starts at 04:00 there, 01:00 UTC.
    student.timezone, student.new_cards_per_day = "Asia/Kuwait", 1
    evening = dt.datetime(2025, 3, 3, 0, 30, tzinfo=dt.UTC)  # 03:30 in Kuwait: still "yesterday"
    grade(student, EMBASSY, Rating.Easy, evening)
    assert shown(student, evening + 20 * MINUTE) is None  # 03:50 local, same study day
    assert shown(student, evening + 40 * MINUTE) == (APOLOGY, "new")  # 04:10 local, a new day
    student.timezone = "America/New_York"  # 19:30 the evening before there, so the same study day
    assert shown(student, evening + 40 * MINUTE) is None


def test_study_day_bounds_in_several_zones():
    utc = dt.UTC
    at = dt.datetime(2025, 3, 30, 2, 30, tzinfo=utc)
    assert study_day(at, "UTC", 4) == (dt.datetime(2025, 3, 29, 4, tzinfo=utc), dt.datetime(2025, 3, 30, 4, tzinfo=utc))
    assert study_day(at, "Asia/Kuwait", 4)[0] == dt.datetime(2025, 3, 30, 1, tzinfo=utc)
    assert study_day(at, "Asia/Kuwait", 0)[0] == dt.datetime(2025, 3, 29, 21, tzinfo=utc)
    # Europe/Berlin moves to summer time in the night to 30 March: the study day before lasts 23 hours.
    start, end = study_day(at - dt.timedelta(hours=12), "Europe/Berlin", 4)
    assert (start, end) == (dt.datetime(2025, 3, 29, 3, tzinfo=utc), dt.datetime(2025, 3, 30, 2, tzinfo=utc))
    assert study_day(at, "Not/AZone", 4) == study_day(at, "UTC", 4)
