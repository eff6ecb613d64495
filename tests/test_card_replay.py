"""A stored card state is exactly what replaying its reviews gives (the load test checks this for thousands)."""

from __future__ import annotations

from quizapp.db import db
from quizapp.models import CardState, Question, Review
from quizapp.reviews import Answer, memory_of, record_review
from quizapp.scheduling import Rating
from tests.factories import make_user
from tests.load.checks import replay


def test_a_new_card_graded_easy_keeps_no_learning_step(app):
    with app.app_context():
        user = make_user()
        question = db.session.get(Question, "sample-kuwait-embassy-reopened")
        record_review(db.session, user, question, Rating.Easy, Answer(), expected_reps=0)
        card = db.session.scalars(db.select(CardState)).one()
        assert card.step is None  # a column default once stored 0 here, unlike the replay
        assert memory_of(card) == replay(user, db.session.scalars(db.select(Review)).all())
