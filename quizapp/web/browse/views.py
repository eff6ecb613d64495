"""Card browser routes: the list (GET filters, paginated), bulk suspend/unsuspend, one card's history page."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, urlencode

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response
from wtforms.fields import SelectChoice

from quizapp import holds
from quizapp.browse import STATES, BrowseQuery, back_text, browse_cards, card_history, front_text, state_name
from quizapp.db import db, utcnow
from quizapp.live import live_decks, live_question_by_id
from quizapp.reviews import card_for
from quizapp.tags import bank_tags
from quizapp.web.browse import bp
from quizapp.web.browse.forms import BulkForm, CardForm, FilterForm

FILTERS = ("q", "deck", "tag", "state", "sort", "desc", "page")
DONE = {
    "suspend": "Card suspended.",
    "unsuspend": "Card unsuspended.",
    "bury": "Card buried until tomorrow.",
    "reset": "Card reset: it is new again; its review history is kept.",
}


@bp.get("/browse")
@login_required
def index() -> tuple[str, int]:
    """List the student's cards, one page at a time, filtered and sorted as the query string asks."""
    filters = _filter_form(request.args)
    valid = filters.validate()
    query = (
        BrowseQuery(
            text=filters.q.data or "",
            deck=filters.deck.data or "",
            tag=filters.tag.data or "",
            state=filters.state.data if filters.state.data in STATES else "",
            sort=filters.sort.data or "due",
            descending=bool(filters.desc.data),
            page=filters.page.data or 1,
        )
        if valid
        else BrowseQuery()
    )
    result = browse_cards(db.session, current_user, query, utcnow())
    return (
        render_template(
            "browse/index.html",
            filters=filters,
            result=result,
            bulk=BulkForm(formdata=None),
            link=_linker(request.args),
        ),
        200 if valid else 400,
    )


@bp.post("/browse/bulk")
@login_required
def bulk() -> Response | tuple[str, int]:
    """Suspend or unsuspend the ticked cards, then show the same page of the browser again."""
    form = BulkForm()
    if not form.validate_on_submit():
        flash("Tick at least one card, then press Suspend or Unsuspend.", "error")
        return index()[0], 400
    if form.action.data == "suspend":
        changed = holds.suspend(db.session, current_user, form.question_ids.data)
        flash(f"{changed} card{'s' if changed != 1 else ''} suspended.", "success")
    else:
        changed = holds.unsuspend(db.session, current_user, form.question_ids.data)
        flash(f"{changed} card{'s' if changed != 1 else ''} unsuspended.", "success")
    return redirect(_linker(request.args)("browse.index"), 303)


@bp.route("/browse/card/<question_id>", methods=["GET", "POST"])
@login_required
def card(question_id: str) -> Response | str:
    """Show one card with its state and review history; act on it (suspend, unsuspend, bury, reset)."""
    question = live_question_by_id(db.session, question_id) or abort(404)
    form = CardForm()
    if form.validate_on_submit():
        holds.act(db.session, current_user, question.id, form.action.data, utcnow())
        flash(DONE[form.action.data], "success")
        return redirect(url_for("browse.card", question_id=question.id), 303)
    if request.method == "POST":
        abort(400)
    state, hold = card_for(db.session, current_user, question.id), holds.hold_for(db.session, current_user, question.id)
    return render_template(
        "browse/card.html",
        question=question,
        card=state,
        hold=hold,
        front=front_text(question),
        back=back_text(question),
        state=state_name(state, hold, utcnow()),
        form=CardForm(formdata=None),
        reviews=card_history(db.session, current_user, question.id),
    )


def _filter_form(args: MultiDict) -> FilterForm:
    form = FilterForm(formdata=args)
    decks = live_decks(db.session)
    form.deck.choices = [SelectChoice("", "Any deck"), *(SelectChoice(deck.key, deck.title) for deck in decks)]
    form.tag.choices = [SelectChoice("", "Any tag"), *(SelectChoice(tag, tag) for tag in bank_tags(db.session))]
    return form


def _linker(args: MultiDict) -> Callable[..., str]:
    """Return a URL builder for the browser's pages that keeps the current filters, changed as asked.

    Every character of a filter is percent-encoded (parentheses and colons too), so text typed into
    the filter never reads as a script URL inside an attribute, even to a strict scanner.
    """
    kept = {name: args.get(name) for name in FILTERS if args.get(name)}

    def link(endpoint: str, **changes: object) -> str:
        values = {name: value for name, value in {**kept, **changes}.items() if value not in (None, "")}
        query = urlencode(values, quote_via=quote, safe="")
        return url_for(endpoint) + (f"?{query}" if query else "")

    return link
