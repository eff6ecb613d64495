"""Helpers for the scheduling-control web tests: reveal a card's answer, grade it, read the user's rows."""

from __future__ import annotations

import datetime as dt

from quizapp.db import db
from quizapp.models import CardHold, CardState, Review, User
from tests.scheduling.anki_helpers import review_card
from tests.web.study_helpers import grade_form_fields

UTC = dt.UTC
SETTINGS = {
    "desired_retention": "0.9",
    "new_cards_per_day": "20",
    "reviews_per_day": "200",
    "timezone": "UTC",
    "day_starts_at_hour": "4",
    "learning_steps": "1m 10m",
    "relearning_steps": "10m",
    "leech_threshold": "8",
}


def reveal(client, question_id: str, reps: int = 0, ahead: bool = False, deck: str = "") -> str:
    """Reveal a card's answer (an empty typed answer) through the real forms; return the answer page."""
    data = {"question_id": question_id, "reps": str(reps), "deck": deck, "ahead": "1" if ahead else ""}
    response = client.post("/study/answer", data=data, follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def grade(client, answer_page: str, rating: int):
    """Press a grade button on an answer page; return the response (a redirect)."""
    return client.post("/study/grade", data={**grade_form_fields(answer_page), "rating": str(rating)})


def due_review(app, question_id: str, lapses: int = 0, days_ago: int = 10) -> None:
    """Store a review card of the only user, last seen `days_ago` days ago and due yesterday."""
    now = dt.datetime.now(UTC)
    with app.app_context():
        user = db.session.scalars(db.select(User)).first()
        card = review_card(
            user,
            question_id,
            last_review=now - dt.timedelta(days=days_ago),
            due=now - dt.timedelta(days=1),
            stability=5.0,
        )
        card.lapses = lapses
        db.session.commit()


def card_row(app, question_id: str) -> tuple | None:
    """Return a card's stored schedule, or None when it is new."""
    with app.app_context():
        card = db.session.scalars(db.select(CardState).filter_by(question_id=question_id)).first()
        return (
            None
            if card is None
            else (
                card.state,
                card.step,
                card.stability,
                card.difficulty,
                card.due,
                card.last_review,
                card.reps,
                card.lapses,
            )
        )


def hold_row(app, question_id: str) -> tuple[bool, bool, dt.datetime | None] | None:
    """Return a card's (suspended, leech, buried_until), or None without a hold."""
    with app.app_context():
        hold = db.session.scalars(db.select(CardHold).filter_by(question_id=question_id)).first()
        return None if hold is None else (hold.suspended, hold.leech, hold.buried_until)


def review_count(app) -> int:
    """Return how many Review rows there are."""
    with app.app_context():
        return db.session.scalar(db.select(db.func.count()).select_from(Review))


def shown_id(html: str) -> str | None:
    """Return the question id of the card a study page shows, None on a done page."""
    marker = 'name="question_id" type="hidden" value="'
    return html.split(marker)[1].split('"')[0] if marker in html else None
