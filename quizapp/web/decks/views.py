"""The home page (with the site's icon) and the deck pages."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from flask import abort, current_app, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup
from werkzeug.wrappers import Response

from quizapp.classes.assigned import decks_assigned_to
from quizapp.classes.rooms import classes_joined
from quizapp.db import db, utcnow
from quizapp.idle import idle_reason
from quizapp.live import deck_listing, deck_question_count, deck_questions, deck_tags, live_deck
from quizapp.queue import DeckCounts, deck_counts, study_counts
from quizapp.search import search_questions
from quizapp.studyday import today_for
from quizapp.usercards import cards_in_deck, cards_on
from quizapp.web.classes.forms import JoinForm
from quizapp.web.decks import bp
from quizapp.web.decks.cards import card_status, display_prompt, due_in_words
from quizapp.web.decks.deckcard import deck_card
from quizapp.web.decks.forms import QuestionFilterForm

JOIN_HINT = "From your teacher: 8 letters and digits, such as QATA-R234."
NO_CARDS = DeckCounts(new=0, due=0, learning=0, learned=0, total=0)


@bp.get("/")
def home() -> str:
    """Show the landing page to visitors and the deck list, with today's counts, to students."""
    if not current_user.is_authenticated:
        return render_template("decks/landing.html")
    decks = deck_listing(db.session)
    now = utcnow()
    counts, overall = deck_counts(db.session, current_user, now)
    today = today_for(db.session, current_user, now)
    assigned = decks_assigned_to(db.session, current_user)
    # A class's decks first (sorted() keeps the titles' order within each part), marked with the class.
    shown = sorted(
        ((deck, counts.get(deck.key, NO_CARDS)) for deck in decks), key=lambda row: row[0].key not in assigned
    )
    cards = [
        deck_card(
            deck.title,
            deck.description,
            numbers,
            idle_reason(numbers, today),
            assigned.get(deck.key, []),
            *deck_links(request.script_root, deck.key),
        )
        for deck, numbers in shown
    ]
    return render_template(
        "decks/home.html",
        cards=cards,
        overall=overall,
        overall_reason=idle_reason(overall, today),
        classes=classes_joined(db.session, current_user),
        join_field=pristine_join_field(),
    )


@functools.cache
def pristine_join_field() -> Markup:
    """Return the join form's code field as an empty form draws it, drawn once per process.

    Home always shows the form unfilled (a refused code is answered on the class page), so its field's
    markup never changes; building the WTForms form and its field macro cost every home page about 0.6 ms.
    """
    form = JoinForm(formdata=None, meta={"csrf": False})  # only the code field is drawn; the template writes the token
    field = current_app.jinja_env.get_template("_forms.html").module.field  # type: ignore[attr-defined]
    return Markup(field(form.code, hint=JOIN_HINT))


@functools.lru_cache(maxsize=16384)
def deck_links(script_root: str, key: str) -> tuple[str, str]:
    """Return a deck's page and study URLs, built once per deck (and mount point) rather than on every home page.

    Two url_for calls per deck cost Home about as much as its counts query at 100 decks.
    """
    return url_for("decks.deck", key=key), url_for("study.study", deck=key)


@bp.get("/favicon.ico")
def favicon() -> Response:
    """Serve the site's icon where browsers look for it, revalidated by its ETag after a day."""
    # From memory, not send_from_directory: browsers ask for the icon after every page and drop the request
    # when they navigate on, and a dropped request left the open file to the garbage collector.
    data = _icon(current_app.static_folder or "")
    response = current_app.response_class(data, mimetype="image/vnd.microsoft.icon")
    response.set_etag(hashlib.sha256(data).hexdigest()[:16])
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response.make_conditional(request)


@functools.cache
def _icon(static_folder: str) -> bytes:
    return (Path(static_folder) / "favicon.ico").read_bytes()


@bp.get("/decks/<path:key>")
@login_required
def deck(key: str) -> str:
    """List a deck's questions with the student's state for each, filtered by search words and tag."""
    deck = live_deck(db.session, key) or abort(404)
    form = QuestionFilterForm(formdata=request.args)
    form.offer_tags(deck_tags(db.session, key))
    words, tag = (form.q.data or "").strip(), form.tag.data or ""
    # With search words only the matches are loaded (from the full-text index), not the whole deck.
    found = search_questions(db.session, words, deck_key=key) if words else None
    questions = deck_questions(db.session, key, found)
    shown = [q for q in questions if not tag or tag in q.tags]
    cards = (
        cards_on(db.session, current_user, [q.id for q in shown])
        if words
        else cards_in_deck(db.session, current_user, key)
    )
    now = utcnow()
    items = [(q, display_prompt(q), card_status(cards.get(q.id), now)) for q in shown]
    return render_template(
        "decks/deck.html",
        deck=deck,
        form=form,
        items=items,
        total=len(questions) if found is None else deck_question_count(db.session, key),
        filtered=bool(words or tag),
        counts=study_counts(db.session, current_user, key),
        now=now,
        due_in_words=due_in_words,
    )
