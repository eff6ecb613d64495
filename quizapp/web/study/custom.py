"""Custom study and the answer page's card actions: study ahead of time; suspend, bury or reset a card."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response
from wtforms.fields import SelectChoice

from quizapp import holds
from quizapp.customstudy import Scope
from quizapp.db import db, utcnow
from quizapp.live import live_decks, live_question_by_id
from quizapp.tags import bank_tags
from quizapp.web.study import bp
from quizapp.web.study import scope as ahead
from quizapp.web.study.forms import CardActionForm, CustomStudyForm
from quizapp.web.study.reveal import forget
from quizapp.web.study.views import ahead_page, deck_or_abort, study_url

DONE = {
    "suspend": "Card suspended: it stays out of study until you unsuspend it in the card browser.",
    "bury": "Card buried until tomorrow.",
    "reset": "Card reset: it is new again; its review history is kept.",
}


@bp.route("/study/custom", methods=["GET", "POST"])
@login_required
def custom() -> Response | tuple[str, int]:
    """Show the custom study choices, and start studying the chosen cards ahead of time."""
    form = _custom_form()
    if form.validate_on_submit():
        scope = _scope_of(form)
        if scope is not None:
            ahead.start(scope)
            return redirect(url_for("study.ahead"), 303)
    return render_template("study/custom.html", form=form), 400 if form.errors else 200


@bp.get("/study/ahead", endpoint="ahead")
@login_required
def ahead_study() -> str:
    """Show the next card studied ahead of time, or the end of the custom session."""
    return ahead_page(deck_or_abort(request.args.get("deck"), missing=404))


@bp.post("/study/card")
@login_required
def card_action() -> Response:
    """Suspend, bury or reset the card on the answer page, then go on to the next card."""
    form = CardActionForm(prefix="card")
    if not form.validate_on_submit():
        abort(400)
    question = live_question_by_id(db.session, form.question_id.data) or abort(400)
    deck = deck_or_abort(form.deck.data, missing=400)
    action = form.action.data
    holds.act(db.session, current_user, question.id, action, utcnow())
    forget()
    ahead.mark_seen(question.id)
    flash(DONE[action], "success")
    return redirect(url_for("study.ahead") if form.ahead.data == "1" else study_url(deck), 303)


def _custom_form() -> CustomStudyForm:
    form = CustomStudyForm()
    form.deck.choices = [SelectChoice(deck.key, deck.title) for deck in live_decks(db.session)]
    form.tag.choices = [SelectChoice(tag, tag) for tag in bank_tags(db.session)]
    return form


def _scope_of(form: CustomStudyForm) -> Scope | None:
    """Return the scope the form asks for; None (with the error beside its field) for an unknown deck or tag."""
    if form.scope.data == "failed":
        return Scope(failed_today=True)
    field = form.deck if form.scope.data == "deck" else form.tag
    if field.data not in {choice.value for choice in field.choices}:
        field.errors = [*field.errors, f"Pick a {field.name} from the list."]
        return None
    return Scope(deck=field.data) if field is form.deck else Scope(tag=field.data)
