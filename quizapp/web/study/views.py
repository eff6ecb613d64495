"""Study routes: show the next card, check or reveal its answer, grade it with FSRS, undo.

Every form is Post/Redirect/Get: a POST changes something (or remembers the revealed answer) and
redirects, so Back and reload only ever repeat a GET. Study pages are not cached, so Back after
grading asks the server again and gets the card that is current, never a stale answer page.
`/study?card=ID` studies that one card ahead of time (custom study, quizapp.web.study.custom): its grade
changes nothing. The card an undo took back is shown again by /study itself, for a real grade.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from quizapp.answers import Verdict
from quizapp.customstudy import Scope, next_ahead
from quizapp.db import db, utcnow
from quizapp.holds import is_held_now, is_leech_lapse
from quizapp.live import live_deck, live_question_by_id
from quizapp.models import CardState, CardStateKind, Deck, Question
from quizapp.queue import next_question, study_left
from quizapp.reviews import (
    Answer,
    StaleCard,
    card_for,
    card_progress,
    grade_labels,
    made_leech,
    record_review,
    undo_available,
    undo_last_review,
)
from quizapp.scheduling import Rating, State
from quizapp.web.study import bp
from quizapp.web.study import scope as ahead
from quizapp.web.study.cards import (
    AUTO_CHECKED,
    StudyCard,
    answer_view,
    study_card,
    suggested_rating,
    typed_diff,
    verdict_for,
)
from quizapp.web.study.clock import answer_duration_ms
from quizapp.web.study.forms import AnswerForm, CardActionForm, GradeForm, UndoForm
from quizapp.web.study.reveal import Revealed, forget, moment_to_grade, recall, remember


@bp.after_request
def not_cached(response: Response) -> Response:
    """Keep study pages out of the browser cache, so Back shows the current card, not an old form."""
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/study")
@login_required
def study() -> str:
    """Show the next card of a deck (or of all decks), or the "no more cards today" page."""
    deck = deck_or_abort(request.args.get("deck"), missing=404)
    now = utcnow()
    if request.args.get("card"):
        question = live_question(request.args["card"]) or abort(404)
        ahead.start(Scope(card=question.id))
        return ahead_page(deck)
    undone_id = ahead.undone()
    undone = live_question(undone_id) if undone_id else None  # mostly nothing undone: no query then
    if undone is not None and is_held_now(db.session, current_user, undone.id, now):
        ahead.forget_undone()  # suspended or buried since: never shown
    elif undone is not None and (deck is None or undone.deck_key == deck.key):
        return question_page(undone, deck, ahead=False)
    queued = next_question(db.session, current_user, deck.key if deck else None, now)
    if queued is None:
        # Offered only from a deck: "study all decks" when the deck is done but others still wait.
        overall = study_left(db.session, current_user, None, now) if deck else None
        return render_template("study/done.html", **_page(deck), overall=overall)
    return question_page(queued, deck, ahead=False)


def ahead_page(deck: Deck | None) -> str:
    """Show the next card of the custom study session, or its end (every card seen, or none to see)."""
    found = ahead.current()
    if found is None:
        return render_template("study/ahead_done.html", **_page(deck), scope=None)
    scope, seen = found
    question = next_ahead(db.session, current_user, scope, seen, utcnow())
    if question is None:
        return render_template("study/ahead_done.html", **_page(deck), scope=scope, seen=len(seen))
    return question_page(question, deck, ahead=True)


def question_page(question: Question, deck: Deck | None, ahead: bool) -> str:
    """Render a card's question, for a real review or (ahead) for custom study."""
    # Reps and state as a plain row: the page shows them, and loading the card entity cost more than its query.
    reps, state = card_progress(db.session, current_user, question.id) or (0, None)
    form = AnswerForm(
        formdata=None,
        question_id=question.id,
        deck=deck.key if deck else "",
        reps=reps,
        shown_at=int(utcnow().timestamp() * 1000),
        ahead="1" if ahead else "",
    )
    return render_template(
        "study/question.html", **_page(deck), form=form, card=_view(question), queue=_queue_of(state), ahead=ahead
    )


@bp.post("/study/answer")
@login_required
def answer() -> Response:
    """Check the typed or picked answer (or just reveal it), remember it, and go to the answer page."""
    form = AnswerForm()
    question, deck = _posted(form)
    card = card_for(db.session, current_user, question.id)
    if (card.reps if card else 0) != int(form.reps.data):
        return _stale(deck)
    remember(
        Revealed(
            question.id,
            deck.key if deck else "",
            int(form.reps.data),
            _given(question, form),
            form.shown_at.data or None,
            int(utcnow().timestamp() * 1000),
            ahead=form.ahead.data == "1",
        )
    )
    return redirect(url_for("study.revealed", deck=deck.key if deck else None), 303)


@bp.get("/study/answer")
@login_required
def revealed() -> Response | str:
    """Show the revealed answer with its source and the four grades, or the next card once it is graded."""
    deck = deck_or_abort(request.args.get("deck"), missing=404)
    shown = recall()
    question = live_question(shown.question_id) if shown else None
    card = card_for(db.session, current_user, question.id) if question else None
    if shown is None or question is None or shown.reps != (card.reps if card else 0):
        return redirect(study_url(deck), 303)  # graded already (Back after grading): on to the current card
    verdict = verdict_for(question, shown.given)
    form = GradeForm(
        formdata=None,
        question_id=question.id,
        deck=shown.deck,
        reps=shown.reps,
        shown_at=shown.shown_at,
        revealed_at=shown.revealed_at_ms,
        ahead="1" if shown.ahead else "",
    )
    actions = CardActionForm(
        formdata=None, prefix="card", question_id=question.id, deck=shown.deck, ahead="1" if shown.ahead else ""
    )
    grades = grade_labels(current_user, question.id, card, shown.revealed_at)
    return render_template(
        "study/answer.html",
        **_page(deck),
        form=form,
        card=_view(question),
        given=shown.given,
        verdict=verdict,
        suggested=suggested_rating(verdict),
        answer=answer_view(question),
        diff=typed_diff(question, shown.given, verdict),
        ahead=shown.ahead,
        actions=actions,
        grades=grades,
        queue=_queue_of(card.state if card else None),
        leech_warning=_leech_warning(card),
    )


@bp.post("/study/grade")
@login_required
def grade() -> Response:
    """Save the grade: the card's new FSRS state and its review row, then go on to the next card."""
    form = GradeForm()
    question, deck = _posted(form)
    given = _given(question, form)
    verdict = verdict_for(question, given)
    attempt = Answer(
        typed=given,
        auto_correct=None if verdict is None else verdict.verdict is Verdict.CORRECT,
        duration_ms=answer_duration_ms(form.shown_at.data),
    )
    card = card_for(db.session, current_user, question.id)
    if form.ahead.data == "1":
        # Studied ahead of time: the grade is the student's own check and changes nothing (custom study).
        ahead.mark_seen(question.id)
        forget()
        return redirect(url_for("study.ahead"), 303)
    moment = moment_to_grade(form.revealed_at.data, card.last_review if card else None, utcnow())
    try:
        review = record_review(
            db.session, current_user, question, Rating(form.rating.data), attempt, int(form.reps.data), now=moment
        )
    except StaleCard:
        return _stale(deck)
    forget()
    ahead.forget_undone()
    if made_leech(review):
        flash(
            f"This card is a leech: you have forgotten it {review.state_after['lapses']} times, so it is tagged "
            '"leech" and suspended. Rewrite it or split it, then unsuspend it in the card browser.',
            "info",
        )
    return redirect(study_url(deck), 303)


@bp.post("/study/undo")
@login_required
def undo() -> Response:
    """Take back the latest answer of today and show that card again."""
    form = UndoForm(prefix="undo")
    if not form.validate_on_submit():
        abort(400)
    deck = deck_or_abort(form.deck.data, missing=400)
    try:
        question_id = undo_last_review(db.session, current_user)
    except StaleCard:
        return _stale(deck)
    if question_id is None:
        flash("Nothing to undo today.", "info")
        return redirect(study_url(deck), 303)
    forget()
    if live_question(question_id):
        ahead.remember_undone(question_id)
    flash("Answer undone: the card is back as it was.", "success")
    return redirect(study_url(deck), 303)


def _page(deck: Deck | None) -> dict[str, object]:
    """Return what every study page shows around the card: deck, counts, the undo form, the shortcuts switch."""
    return {
        "deck": deck,
        "counts": study_left(db.session, current_user, deck.key if deck else None),
        "undo_form": UndoForm(formdata=None, prefix="undo", deck=deck.key if deck else ""),
        "can_undo": undo_available(db.session, current_user),
        "shortcuts": current_user.single_key_shortcuts,
    }


def _view(question: Question) -> StudyCard:
    # The same order every time the card is shown: Back, reload and undo never reshuffle the choices.
    return study_card(question, shuffle_key=f"{current_user.id}:{question.id}")


def _leech_warning(card: CardState | None) -> int | None:
    """Return the lapse count Again would reach when it would make the card a leech, else None."""
    if card is None or card.state != State.Review or not is_leech_lapse(card.lapses + 1, current_user.leech_threshold):
        return None
    return card.lapses + 1


def _queue_of(state: int | None) -> str:
    if state is None:
        return "new"
    return "review" if state == CardStateKind.REVIEW else "learning"


def _posted(form: AnswerForm) -> tuple[Question, Deck | None]:
    """Return the question and deck a valid study POST names; 400 for anything malformed."""
    if not form.validate_on_submit():
        abort(400)
    question = live_question(form.question_id.data) or abort(400)
    if question.type == "choice" and form.answer.data not in question.choices:
        abort(400)
    return question, deck_or_abort(form.deck.data, missing=400)


def _given(question: Question, form: AnswerForm) -> str | None:
    return (form.answer.data or "").strip() if question.type in AUTO_CHECKED else None


def live_question(question_id: str) -> Question | None:
    """Return the question of that id unless it is unknown or not live."""
    return live_question_by_id(db.session, question_id)


def deck_or_abort(key: str | None, missing: int) -> Deck | None:
    """Return the live deck of that key, None for no key; abort with `missing` for an unknown or retired one."""
    if not key:
        return None
    deck = live_deck(db.session, key)
    if deck is None:
        abort(missing)
    return deck


def study_url(deck: Deck | None, **params: Any) -> str:
    """Return the study page's URL for a deck (or all decks)."""
    return url_for("study.study", deck=deck.key if deck else None, **params)


def _stale(deck: Deck | None) -> Response:
    flash("That card was already answered (perhaps in another tab); here is the next one.", "info")
    return redirect(study_url(deck), 303)
